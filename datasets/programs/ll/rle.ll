source_filename = "rle.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @rle_encode(ptr noundef %0, i32 noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store ptr %2, ptr %8, align 8
  store i32 %3, ptr %9, align 4
  store i32 0, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %16

16:                                               ; preds = %171, %60, %4
  %17 = load i32, ptr %10, align 4
  %18 = load i32, ptr %7, align 4
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %172

20:                                               ; preds = %16
  store i32 1, ptr %12, align 4
  br label %21

21:                                               ; preds = %48, %20
  %22 = load i32, ptr %10, align 4
  %23 = load i32, ptr %12, align 4
  %24 = add nsw i32 %22, %23
  %25 = load i32, ptr %7, align 4
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %46

27:                                               ; preds = %21
  %28 = load i32, ptr %12, align 4
  %29 = icmp slt i32 %28, 128
  br i1 %29, label %30, label %46

30:                                               ; preds = %27
  %31 = load ptr, ptr %6, align 8
  %32 = load i32, ptr %10, align 4
  %33 = load i32, ptr %12, align 4
  %34 = add nsw i32 %32, %33
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i8, ptr %31, i64 %35
  %37 = load i8, ptr %36, align 1
  %38 = zext i8 %37 to i32
  %39 = load ptr, ptr %6, align 8
  %40 = load i32, ptr %10, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds i8, ptr %39, i64 %41
  %43 = load i8, ptr %42, align 1
  %44 = zext i8 %43 to i32
  %45 = icmp eq i32 %38, %44
  br label %46

46:                                               ; preds = %30, %27, %21
  %47 = phi i1 [ false, %27 ], [ false, %21 ], [ %45, %30 ]
  br i1 %47, label %48, label %51

48:                                               ; preds = %46
  %49 = load i32, ptr %12, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %12, align 4
  br label %21, !llvm.loop !5

51:                                               ; preds = %46
  %52 = load i32, ptr %12, align 4
  %53 = icmp sge i32 %52, 3
  br i1 %53, label %54, label %82

54:                                               ; preds = %51
  %55 = load i32, ptr %11, align 4
  %56 = add nsw i32 %55, 2
  %57 = load i32, ptr %9, align 4
  %58 = icmp sgt i32 %56, %57
  br i1 %58, label %59, label %60

59:                                               ; preds = %54
  store i32 -1, ptr %5, align 4
  br label %174

60:                                               ; preds = %54
  %61 = load i32, ptr %12, align 4
  %62 = sub nsw i32 257, %61
  %63 = trunc i32 %62 to i8
  %64 = load ptr, ptr %8, align 8
  %65 = load i32, ptr %11, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %11, align 4
  %67 = sext i32 %65 to i64
  %68 = getelementptr inbounds i8, ptr %64, i64 %67
  store i8 %63, ptr %68, align 1
  %69 = load ptr, ptr %6, align 8
  %70 = load i32, ptr %10, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds i8, ptr %69, i64 %71
  %73 = load i8, ptr %72, align 1
  %74 = load ptr, ptr %8, align 8
  %75 = load i32, ptr %11, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %11, align 4
  %77 = sext i32 %75 to i64
  %78 = getelementptr inbounds i8, ptr %74, i64 %77
  store i8 %73, ptr %78, align 1
  %79 = load i32, ptr %12, align 4
  %80 = load i32, ptr %10, align 4
  %81 = add nsw i32 %80, %79
  store i32 %81, ptr %10, align 4
  br label %16, !llvm.loop !7

82:                                               ; preds = %51
  %83 = load i32, ptr %10, align 4
  store i32 %83, ptr %13, align 4
  store i32 0, ptr %14, align 4
  br label %84

84:                                               ; preds = %129, %82
  %85 = load i32, ptr %10, align 4
  %86 = load i32, ptr %7, align 4
  %87 = icmp slt i32 %85, %86
  br i1 %87, label %88, label %91

88:                                               ; preds = %84
  %89 = load i32, ptr %14, align 4
  %90 = icmp slt i32 %89, 128
  br label %91

91:                                               ; preds = %88, %84
  %92 = phi i1 [ false, %84 ], [ %90, %88 ]
  br i1 %92, label %93, label %134

93:                                               ; preds = %91
  %94 = load i32, ptr %10, align 4
  %95 = add nsw i32 %94, 2
  %96 = load i32, ptr %7, align 4
  %97 = icmp slt i32 %95, %96
  br i1 %97, label %98, label %129

98:                                               ; preds = %93
  %99 = load ptr, ptr %6, align 8
  %100 = load i32, ptr %10, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds i8, ptr %99, i64 %101
  %103 = load i8, ptr %102, align 1
  %104 = zext i8 %103 to i32
  %105 = load ptr, ptr %6, align 8
  %106 = load i32, ptr %10, align 4
  %107 = add nsw i32 %106, 1
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds i8, ptr %105, i64 %108
  %110 = load i8, ptr %109, align 1
  %111 = zext i8 %110 to i32
  %112 = icmp eq i32 %104, %111
  br i1 %112, label %113, label %129

113:                                              ; preds = %98
  %114 = load ptr, ptr %6, align 8
  %115 = load i32, ptr %10, align 4
  %116 = sext i32 %115 to i64
  %117 = getelementptr inbounds i8, ptr %114, i64 %116
  %118 = load i8, ptr %117, align 1
  %119 = zext i8 %118 to i32
  %120 = load ptr, ptr %6, align 8
  %121 = load i32, ptr %10, align 4
  %122 = add nsw i32 %121, 2
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds i8, ptr %120, i64 %123
  %125 = load i8, ptr %124, align 1
  %126 = zext i8 %125 to i32
  %127 = icmp eq i32 %119, %126
  br i1 %127, label %128, label %129

128:                                              ; preds = %113
  br label %134

129:                                              ; preds = %113, %98, %93
  %130 = load i32, ptr %10, align 4
  %131 = add nsw i32 %130, 1
  store i32 %131, ptr %10, align 4
  %132 = load i32, ptr %14, align 4
  %133 = add nsw i32 %132, 1
  store i32 %133, ptr %14, align 4
  br label %84, !llvm.loop !8

134:                                              ; preds = %128, %91
  %135 = load i32, ptr %11, align 4
  %136 = add nsw i32 %135, 1
  %137 = load i32, ptr %14, align 4
  %138 = add nsw i32 %136, %137
  %139 = load i32, ptr %9, align 4
  %140 = icmp sgt i32 %138, %139
  br i1 %140, label %141, label %142

141:                                              ; preds = %134
  store i32 -1, ptr %5, align 4
  br label %174

142:                                              ; preds = %134
  %143 = load i32, ptr %14, align 4
  %144 = sub nsw i32 %143, 1
  %145 = trunc i32 %144 to i8
  %146 = load ptr, ptr %8, align 8
  %147 = load i32, ptr %11, align 4
  %148 = add nsw i32 %147, 1
  store i32 %148, ptr %11, align 4
  %149 = sext i32 %147 to i64
  %150 = getelementptr inbounds i8, ptr %146, i64 %149
  store i8 %145, ptr %150, align 1
  store i32 0, ptr %15, align 4
  br label %151

151:                                              ; preds = %168, %142
  %152 = load i32, ptr %15, align 4
  %153 = load i32, ptr %14, align 4
  %154 = icmp slt i32 %152, %153
  br i1 %154, label %155, label %171

155:                                              ; preds = %151
  %156 = load ptr, ptr %6, align 8
  %157 = load i32, ptr %13, align 4
  %158 = load i32, ptr %15, align 4
  %159 = add nsw i32 %157, %158
  %160 = sext i32 %159 to i64
  %161 = getelementptr inbounds i8, ptr %156, i64 %160
  %162 = load i8, ptr %161, align 1
  %163 = load ptr, ptr %8, align 8
  %164 = load i32, ptr %11, align 4
  %165 = add nsw i32 %164, 1
  store i32 %165, ptr %11, align 4
  %166 = sext i32 %164 to i64
  %167 = getelementptr inbounds i8, ptr %163, i64 %166
  store i8 %162, ptr %167, align 1
  br label %168

168:                                              ; preds = %155
  %169 = load i32, ptr %15, align 4
  %170 = add nsw i32 %169, 1
  store i32 %170, ptr %15, align 4
  br label %151, !llvm.loop !9

171:                                              ; preds = %151
  br label %16, !llvm.loop !7

172:                                              ; preds = %16
  %173 = load i32, ptr %11, align 4
  store i32 %173, ptr %5, align 4
  br label %174

174:                                              ; preds = %172, %141, %59
  %175 = load i32, ptr %5, align 4
  ret i32 %175
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @rle_decode(ptr noundef %0, i32 noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i8, align 1
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i8, align 1
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store ptr %2, ptr %8, align 8
  store i32 %3, ptr %9, align 4
  store i32 0, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %16

16:                                               ; preds = %102, %4
  %17 = load i32, ptr %10, align 4
  %18 = load i32, ptr %7, align 4
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %103

20:                                               ; preds = %16
  %21 = load ptr, ptr %6, align 8
  %22 = load i32, ptr %10, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %10, align 4
  %24 = sext i32 %22 to i64
  %25 = getelementptr inbounds i8, ptr %21, i64 %24
  %26 = load i8, ptr %25, align 1
  store i8 %26, ptr %12, align 1
  %27 = load i8, ptr %12, align 1
  %28 = zext i8 %27 to i32
  %29 = icmp slt i32 %28, 128
  br i1 %29, label %30, label %64

30:                                               ; preds = %20
  %31 = load i8, ptr %12, align 1
  %32 = zext i8 %31 to i32
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %13, align 4
  %34 = load i32, ptr %10, align 4
  %35 = load i32, ptr %13, align 4
  %36 = add nsw i32 %34, %35
  %37 = load i32, ptr %7, align 4
  %38 = icmp sgt i32 %36, %37
  br i1 %38, label %45, label %39

39:                                               ; preds = %30
  %40 = load i32, ptr %11, align 4
  %41 = load i32, ptr %13, align 4
  %42 = add nsw i32 %40, %41
  %43 = load i32, ptr %9, align 4
  %44 = icmp sgt i32 %42, %43
  br i1 %44, label %45, label %46

45:                                               ; preds = %39, %30
  store i32 -1, ptr %5, align 4
  br label %105

46:                                               ; preds = %39
  br label %47

47:                                               ; preds = %51, %46
  %48 = load i32, ptr %13, align 4
  %49 = add nsw i32 %48, -1
  store i32 %49, ptr %13, align 4
  %50 = icmp ne i32 %48, 0
  br i1 %50, label %51, label %63

51:                                               ; preds = %47
  %52 = load ptr, ptr %6, align 8
  %53 = load i32, ptr %10, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %10, align 4
  %55 = sext i32 %53 to i64
  %56 = getelementptr inbounds i8, ptr %52, i64 %55
  %57 = load i8, ptr %56, align 1
  %58 = load ptr, ptr %8, align 8
  %59 = load i32, ptr %11, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %11, align 4
  %61 = sext i32 %59 to i64
  %62 = getelementptr inbounds i8, ptr %58, i64 %61
  store i8 %57, ptr %62, align 1
  br label %47, !llvm.loop !10

63:                                               ; preds = %47
  br label %102

64:                                               ; preds = %20
  %65 = load i8, ptr %12, align 1
  %66 = zext i8 %65 to i32
  %67 = icmp sgt i32 %66, 128
  br i1 %67, label %68, label %101

68:                                               ; preds = %64
  %69 = load i8, ptr %12, align 1
  %70 = zext i8 %69 to i32
  %71 = sub nsw i32 257, %70
  store i32 %71, ptr %14, align 4
  %72 = load i32, ptr %10, align 4
  %73 = load i32, ptr %7, align 4
  %74 = icmp sge i32 %72, %73
  br i1 %74, label %81, label %75

75:                                               ; preds = %68
  %76 = load i32, ptr %11, align 4
  %77 = load i32, ptr %14, align 4
  %78 = add nsw i32 %76, %77
  %79 = load i32, ptr %9, align 4
  %80 = icmp sgt i32 %78, %79
  br i1 %80, label %81, label %82

81:                                               ; preds = %75, %68
  store i32 -1, ptr %5, align 4
  br label %105

82:                                               ; preds = %75
  %83 = load ptr, ptr %6, align 8
  %84 = load i32, ptr %10, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %10, align 4
  %86 = sext i32 %84 to i64
  %87 = getelementptr inbounds i8, ptr %83, i64 %86
  %88 = load i8, ptr %87, align 1
  store i8 %88, ptr %15, align 1
  br label %89

89:                                               ; preds = %93, %82
  %90 = load i32, ptr %14, align 4
  %91 = add nsw i32 %90, -1
  store i32 %91, ptr %14, align 4
  %92 = icmp ne i32 %90, 0
  br i1 %92, label %93, label %100

93:                                               ; preds = %89
  %94 = load i8, ptr %15, align 1
  %95 = load ptr, ptr %8, align 8
  %96 = load i32, ptr %11, align 4
  %97 = add nsw i32 %96, 1
  store i32 %97, ptr %11, align 4
  %98 = sext i32 %96 to i64
  %99 = getelementptr inbounds i8, ptr %95, i64 %98
  store i8 %94, ptr %99, align 1
  br label %89, !llvm.loop !11

100:                                              ; preds = %89
  br label %101

101:                                              ; preds = %100, %64
  br label %102

102:                                              ; preds = %101, %63
  br label %16, !llvm.loop !12

103:                                              ; preds = %16
  %104 = load i32, ptr %11, align 4
  store i32 %104, ptr %5, align 4
  br label %105

105:                                              ; preds = %103, %81, %45
  %106 = load i32, ptr %5, align 4
  ret i32 %106
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @rle_roundtrip_ok(ptr noundef %0, i32 noundef %1, ptr noundef %2, ptr noundef %3, i32 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %7, align 8
  store i32 %1, ptr %8, align 4
  store ptr %2, ptr %9, align 8
  store ptr %3, ptr %10, align 8
  store i32 %4, ptr %11, align 4
  %14 = load ptr, ptr %7, align 8
  %15 = load i32, ptr %8, align 4
  %16 = load ptr, ptr %9, align 8
  %17 = load i32, ptr %11, align 4
  %18 = call i32 @rle_encode(ptr noundef %14, i32 noundef %15, ptr noundef %16, i32 noundef %17)
  store i32 %18, ptr %12, align 4
  %19 = load i32, ptr %12, align 4
  %20 = icmp slt i32 %19, 0
  br i1 %20, label %21, label %22

21:                                               ; preds = %5
  store i32 0, ptr %6, align 4
  br label %56

22:                                               ; preds = %5
  %23 = load ptr, ptr %9, align 8
  %24 = load i32, ptr %12, align 4
  %25 = load ptr, ptr %10, align 8
  %26 = load i32, ptr %11, align 4
  %27 = call i32 @rle_decode(ptr noundef %23, i32 noundef %24, ptr noundef %25, i32 noundef %26)
  %28 = load i32, ptr %8, align 4
  %29 = icmp ne i32 %27, %28
  br i1 %29, label %30, label %31

30:                                               ; preds = %22
  store i32 0, ptr %6, align 4
  br label %56

31:                                               ; preds = %22
  store i32 0, ptr %13, align 4
  br label %32

32:                                               ; preds = %52, %31
  %33 = load i32, ptr %13, align 4
  %34 = load i32, ptr %8, align 4
  %35 = icmp slt i32 %33, %34
  br i1 %35, label %36, label %55

36:                                               ; preds = %32
  %37 = load ptr, ptr %10, align 8
  %38 = load i32, ptr %13, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i8, ptr %37, i64 %39
  %41 = load i8, ptr %40, align 1
  %42 = zext i8 %41 to i32
  %43 = load ptr, ptr %7, align 8
  %44 = load i32, ptr %13, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds i8, ptr %43, i64 %45
  %47 = load i8, ptr %46, align 1
  %48 = zext i8 %47 to i32
  %49 = icmp ne i32 %42, %48
  br i1 %49, label %50, label %51

50:                                               ; preds = %36
  store i32 0, ptr %6, align 4
  br label %56

51:                                               ; preds = %36
  br label %52

52:                                               ; preds = %51
  %53 = load i32, ptr %13, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %13, align 4
  br label %32, !llvm.loop !13

55:                                               ; preds = %32
  store i32 1, ptr %6, align 4
  br label %56

56:                                               ; preds = %55, %50, %30, %21
  %57 = load i32, ptr %6, align 4
  ret i32 %57
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
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
