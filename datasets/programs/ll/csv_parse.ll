source_filename = "csv_parse.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.record = type { i32, [32 x [64 x i8]] }

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @csv_next_record(ptr noundef %0, ptr noundef %1, i8 noundef signext %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i8, align 1
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i8, align 1
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i8 %2, ptr %7, align 1
  %13 = load ptr, ptr %5, align 8
  %14 = load ptr, ptr %13, align 8
  store ptr %14, ptr %8, align 8
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  store i32 0, ptr %11, align 4
  %15 = load ptr, ptr %6, align 8
  %16 = getelementptr inbounds nuw %struct.record, ptr %15, i32 0, i32 0
  store i32 0, ptr %16, align 4
  %17 = load ptr, ptr %8, align 8
  %18 = load i8, ptr %17, align 1
  %19 = sext i8 %18 to i32
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %22

21:                                               ; preds = %3
  store i32 0, ptr %4, align 4
  br label %155

22:                                               ; preds = %3
  br label %23

23:                                               ; preds = %135, %102, %62, %50, %22
  %24 = load ptr, ptr %8, align 8
  %25 = load i8, ptr %24, align 1
  store i8 %25, ptr %12, align 1
  %26 = load i32, ptr %11, align 4
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %28, label %55

28:                                               ; preds = %23
  %29 = load i8, ptr %12, align 1
  %30 = sext i8 %29 to i32
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %32, label %33

32:                                               ; preds = %28
  store i32 -1, ptr %4, align 4
  br label %155

33:                                               ; preds = %28
  %34 = load i8, ptr %12, align 1
  %35 = sext i8 %34 to i32
  %36 = icmp eq i32 %35, 34
  br i1 %36, label %37, label %46

37:                                               ; preds = %33
  %38 = load ptr, ptr %8, align 8
  %39 = getelementptr inbounds i8, ptr %38, i64 1
  %40 = load i8, ptr %39, align 1
  %41 = sext i8 %40 to i32
  %42 = icmp eq i32 %41, 34
  br i1 %42, label %43, label %46

43:                                               ; preds = %37
  store i8 34, ptr %12, align 1
  %44 = load ptr, ptr %8, align 8
  %45 = getelementptr inbounds nuw i8, ptr %44, i32 1
  store ptr %45, ptr %8, align 8
  br label %54

46:                                               ; preds = %37, %33
  %47 = load i8, ptr %12, align 1
  %48 = sext i8 %47 to i32
  %49 = icmp eq i32 %48, 34
  br i1 %49, label %50, label %53

50:                                               ; preds = %46
  store i32 0, ptr %11, align 4
  %51 = load ptr, ptr %8, align 8
  %52 = getelementptr inbounds nuw i8, ptr %51, i32 1
  store ptr %52, ptr %8, align 8
  br label %23

53:                                               ; preds = %46
  br label %54

54:                                               ; preds = %53, %43
  br label %128

55:                                               ; preds = %23
  %56 = load i8, ptr %12, align 1
  %57 = sext i8 %56 to i32
  %58 = icmp eq i32 %57, 34
  br i1 %58, label %59, label %65

59:                                               ; preds = %55
  %60 = load i32, ptr %10, align 4
  %61 = icmp eq i32 %60, 0
  br i1 %61, label %62, label %65

62:                                               ; preds = %59
  store i32 1, ptr %11, align 4
  %63 = load ptr, ptr %8, align 8
  %64 = getelementptr inbounds nuw i8, ptr %63, i32 1
  store ptr %64, ptr %8, align 8
  br label %23

65:                                               ; preds = %59, %55
  %66 = load i8, ptr %12, align 1
  %67 = sext i8 %66 to i32
  %68 = load i8, ptr %7, align 1
  %69 = sext i8 %68 to i32
  %70 = icmp eq i32 %67, %69
  br i1 %70, label %83, label %71

71:                                               ; preds = %65
  %72 = load i8, ptr %12, align 1
  %73 = sext i8 %72 to i32
  %74 = icmp eq i32 %73, 10
  br i1 %74, label %83, label %75

75:                                               ; preds = %71
  %76 = load i8, ptr %12, align 1
  %77 = sext i8 %76 to i32
  %78 = icmp eq i32 %77, 13
  br i1 %78, label %83, label %79

79:                                               ; preds = %75
  %80 = load i8, ptr %12, align 1
  %81 = sext i8 %80 to i32
  %82 = icmp eq i32 %81, 0
  br i1 %82, label %83, label %126

83:                                               ; preds = %79, %75, %71, %65
  %84 = load i32, ptr %9, align 4
  %85 = icmp eq i32 %84, 32
  br i1 %85, label %86, label %87

86:                                               ; preds = %83
  store i32 -1, ptr %4, align 4
  br label %155

87:                                               ; preds = %83
  %88 = load ptr, ptr %6, align 8
  %89 = getelementptr inbounds nuw %struct.record, ptr %88, i32 0, i32 1
  %90 = load i32, ptr %9, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %9, align 4
  %92 = sext i32 %90 to i64
  %93 = getelementptr inbounds [32 x [64 x i8]], ptr %89, i64 0, i64 %92
  %94 = load i32, ptr %10, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [64 x i8], ptr %93, i64 0, i64 %95
  store i8 0, ptr %96, align 1
  store i32 0, ptr %10, align 4
  %97 = load i8, ptr %12, align 1
  %98 = sext i8 %97 to i32
  %99 = load i8, ptr %7, align 1
  %100 = sext i8 %99 to i32
  %101 = icmp eq i32 %98, %100
  br i1 %101, label %102, label %105

102:                                              ; preds = %87
  %103 = load ptr, ptr %8, align 8
  %104 = getelementptr inbounds nuw i8, ptr %103, i32 1
  store ptr %104, ptr %8, align 8
  br label %23

105:                                              ; preds = %87
  %106 = load i8, ptr %12, align 1
  %107 = sext i8 %106 to i32
  %108 = icmp eq i32 %107, 13
  br i1 %108, label %109, label %118

109:                                              ; preds = %105
  %110 = load ptr, ptr %8, align 8
  %111 = getelementptr inbounds i8, ptr %110, i64 1
  %112 = load i8, ptr %111, align 1
  %113 = sext i8 %112 to i32
  %114 = icmp eq i32 %113, 10
  br i1 %114, label %115, label %118

115:                                              ; preds = %109
  %116 = load ptr, ptr %8, align 8
  %117 = getelementptr inbounds nuw i8, ptr %116, i32 1
  store ptr %117, ptr %8, align 8
  br label %118

118:                                              ; preds = %115, %109, %105
  %119 = load i8, ptr %12, align 1
  %120 = sext i8 %119 to i32
  %121 = icmp ne i32 %120, 0
  br i1 %121, label %122, label %125

122:                                              ; preds = %118
  %123 = load ptr, ptr %8, align 8
  %124 = getelementptr inbounds nuw i8, ptr %123, i32 1
  store ptr %124, ptr %8, align 8
  br label %125

125:                                              ; preds = %122, %118
  br label %148

126:                                              ; preds = %79
  br label %127

127:                                              ; preds = %126
  br label %128

128:                                              ; preds = %127, %54
  %129 = load i32, ptr %10, align 4
  %130 = icmp eq i32 %129, 63
  br i1 %130, label %134, label %131

131:                                              ; preds = %128
  %132 = load i32, ptr %9, align 4
  %133 = icmp eq i32 %132, 32
  br i1 %133, label %134, label %135

134:                                              ; preds = %131, %128
  store i32 -1, ptr %4, align 4
  br label %155

135:                                              ; preds = %131
  %136 = load i8, ptr %12, align 1
  %137 = load ptr, ptr %6, align 8
  %138 = getelementptr inbounds nuw %struct.record, ptr %137, i32 0, i32 1
  %139 = load i32, ptr %9, align 4
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [32 x [64 x i8]], ptr %138, i64 0, i64 %140
  %142 = load i32, ptr %10, align 4
  %143 = add nsw i32 %142, 1
  store i32 %143, ptr %10, align 4
  %144 = sext i32 %142 to i64
  %145 = getelementptr inbounds [64 x i8], ptr %141, i64 0, i64 %144
  store i8 %136, ptr %145, align 1
  %146 = load ptr, ptr %8, align 8
  %147 = getelementptr inbounds nuw i8, ptr %146, i32 1
  store ptr %147, ptr %8, align 8
  br label %23

148:                                              ; preds = %125
  %149 = load i32, ptr %9, align 4
  %150 = load ptr, ptr %6, align 8
  %151 = getelementptr inbounds nuw %struct.record, ptr %150, i32 0, i32 0
  store i32 %149, ptr %151, align 4
  %152 = load ptr, ptr %8, align 8
  %153 = load ptr, ptr %5, align 8
  store ptr %152, ptr %153, align 8
  %154 = load i32, ptr %9, align 4
  store i32 %154, ptr %4, align 4
  br label %155

155:                                              ; preds = %148, %134, %86, %32, %21
  %156 = load i32, ptr %4, align 4
  ret i32 %156
}

; Function Attrs: noinline nounwind uwtable
define dso_local i64 @csv_column_sum(ptr noundef %0, i32 noundef %1, i8 noundef signext %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i8, align 1
  %8 = alloca %struct.record, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i8 %2, ptr %7, align 1
  store i64 0, ptr %9, align 8
  store i32 0, ptr %11, align 4
  br label %13

13:                                               ; preds = %36, %21, %3
  %14 = load i8, ptr %7, align 1
  %15 = call i32 @csv_next_record(ptr noundef %5, ptr noundef %8, i8 noundef signext %14)
  store i32 %15, ptr %12, align 4
  %16 = icmp sgt i32 %15, 0
  br i1 %16, label %17, label %40

17:                                               ; preds = %13
  %18 = load i32, ptr %11, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %11, align 4
  %20 = icmp eq i32 %18, 0
  br i1 %20, label %21, label %22

21:                                               ; preds = %17
  br label %13, !llvm.loop !5

22:                                               ; preds = %17
  %23 = load i32, ptr %6, align 4
  %24 = getelementptr inbounds nuw %struct.record, ptr %8, i32 0, i32 0
  %25 = load i32, ptr %24, align 4
  %26 = icmp sge i32 %23, %25
  br i1 %26, label %35, label %27

27:                                               ; preds = %22
  %28 = getelementptr inbounds nuw %struct.record, ptr %8, i32 0, i32 1
  %29 = load i32, ptr %6, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [32 x [64 x i8]], ptr %28, i64 0, i64 %30
  %32 = getelementptr inbounds [64 x i8], ptr %31, i64 0, i64 0
  %33 = call i32 @parse_int(ptr noundef %32, ptr noundef %10)
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %36, label %35

35:                                               ; preds = %27, %22
  store i64 -1, ptr %4, align 8
  br label %48

36:                                               ; preds = %27
  %37 = load i64, ptr %10, align 8
  %38 = load i64, ptr %9, align 8
  %39 = add nsw i64 %38, %37
  store i64 %39, ptr %9, align 8
  br label %13, !llvm.loop !5

40:                                               ; preds = %13
  %41 = load i32, ptr %12, align 4
  %42 = icmp slt i32 %41, 0
  br i1 %42, label %43, label %44

43:                                               ; preds = %40
  br label %46

44:                                               ; preds = %40
  %45 = load i64, ptr %9, align 8
  br label %46

46:                                               ; preds = %44, %43
  %47 = phi i64 [ -1, %43 ], [ %45, %44 ]
  store i64 %47, ptr %4, align 8
  br label %48

48:                                               ; preds = %46, %35
  %49 = load i64, ptr %4, align 8
  ret i64 %49
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @parse_int(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 0, ptr %6, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = load i8, ptr %8, align 1
  %10 = sext i8 %9 to i32
  %11 = icmp eq i32 %10, 45
  %12 = zext i1 %11 to i32
  store i32 %12, ptr %7, align 4
  %13 = load i32, ptr %7, align 4
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %20, label %15

15:                                               ; preds = %2
  %16 = load ptr, ptr %4, align 8
  %17 = load i8, ptr %16, align 1
  %18 = sext i8 %17 to i32
  %19 = icmp eq i32 %18, 43
  br i1 %19, label %20, label %23

20:                                               ; preds = %15, %2
  %21 = load ptr, ptr %4, align 8
  %22 = getelementptr inbounds nuw i8, ptr %21, i32 1
  store ptr %22, ptr %4, align 8
  br label %23

23:                                               ; preds = %20, %15
  %24 = load ptr, ptr %4, align 8
  %25 = load i8, ptr %24, align 1
  %26 = icmp ne i8 %25, 0
  br i1 %26, label %28, label %27

27:                                               ; preds = %23
  store i32 0, ptr %3, align 4
  br label %67

28:                                               ; preds = %23
  br label %29

29:                                               ; preds = %53, %28
  %30 = load ptr, ptr %4, align 8
  %31 = load i8, ptr %30, align 1
  %32 = icmp ne i8 %31, 0
  br i1 %32, label %33, label %56

33:                                               ; preds = %29
  %34 = load ptr, ptr %4, align 8
  %35 = load i8, ptr %34, align 1
  %36 = sext i8 %35 to i32
  %37 = icmp slt i32 %36, 48
  br i1 %37, label %43, label %38

38:                                               ; preds = %33
  %39 = load ptr, ptr %4, align 8
  %40 = load i8, ptr %39, align 1
  %41 = sext i8 %40 to i32
  %42 = icmp sgt i32 %41, 57
  br i1 %42, label %43, label %44

43:                                               ; preds = %38, %33
  store i32 0, ptr %3, align 4
  br label %67

44:                                               ; preds = %38
  %45 = load i64, ptr %6, align 8
  %46 = mul nsw i64 %45, 10
  %47 = load ptr, ptr %4, align 8
  %48 = load i8, ptr %47, align 1
  %49 = sext i8 %48 to i32
  %50 = sub nsw i32 %49, 48
  %51 = sext i32 %50 to i64
  %52 = add nsw i64 %46, %51
  store i64 %52, ptr %6, align 8
  br label %53

53:                                               ; preds = %44
  %54 = load ptr, ptr %4, align 8
  %55 = getelementptr inbounds nuw i8, ptr %54, i32 1
  store ptr %55, ptr %4, align 8
  br label %29, !llvm.loop !7

56:                                               ; preds = %29
  %57 = load i32, ptr %7, align 4
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %59, label %62

59:                                               ; preds = %56
  %60 = load i64, ptr %6, align 8
  %61 = sub nsw i64 0, %60
  br label %64

62:                                               ; preds = %56
  %63 = load i64, ptr %6, align 8
  br label %64

64:                                               ; preds = %62, %59
  %65 = phi i64 [ %61, %59 ], [ %63, %62 ]
  %66 = load ptr, ptr %5, align 8
  store i64 %65, ptr %66, align 8
  store i32 1, ptr %3, align 4
  br label %67

67:                                               ; preds = %64, %43, %27
  %68 = load i32, ptr %3, align 4
  ret i32 %68
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 7, !"PIE Level", i32 2}
!2 = !{i32 7, !"uwtable", i32 2}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!"Karellen, Inc. (https://karellen.co) v23.1.4.post8 clang version 23.1.4 (https://github.com/llvm/llvm-project 395ba2c4d274e0d81bea69a49aba372e3743d113)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
