source_filename = "game_of_life.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @life(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca [16 x [20 x i8]], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %6, align 4
  br label %15

15:                                               ; preds = %98, %2
  %16 = load i32, ptr %6, align 4
  %17 = load i32, ptr %4, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %101

19:                                               ; preds = %15
  store i32 0, ptr %7, align 4
  br label %20

20:                                               ; preds = %64, %19
  %21 = load i32, ptr %7, align 4
  %22 = icmp slt i32 %21, 16
  br i1 %22, label %23, label %67

23:                                               ; preds = %20
  store i32 0, ptr %8, align 4
  br label %24

24:                                               ; preds = %60, %23
  %25 = load i32, ptr %8, align 4
  %26 = icmp slt i32 %25, 20
  br i1 %26, label %27, label %63

27:                                               ; preds = %24
  %28 = load ptr, ptr %3, align 8
  %29 = load i32, ptr %7, align 4
  %30 = load i32, ptr %8, align 4
  %31 = call i32 @neighbours(ptr noundef %28, i32 noundef %29, i32 noundef %30)
  store i32 %31, ptr %9, align 4
  %32 = load i32, ptr %9, align 4
  %33 = icmp eq i32 %32, 3
  br i1 %33, label %50, label %34

34:                                               ; preds = %27
  %35 = load i32, ptr %9, align 4
  %36 = icmp eq i32 %35, 2
  br i1 %36, label %37, label %48

37:                                               ; preds = %34
  %38 = load ptr, ptr %3, align 8
  %39 = load i32, ptr %7, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [20 x i8], ptr %38, i64 %40
  %42 = load i32, ptr %8, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [20 x i8], ptr %41, i64 0, i64 %43
  %45 = load i8, ptr %44, align 1
  %46 = zext i8 %45 to i32
  %47 = icmp ne i32 %46, 0
  br label %48

48:                                               ; preds = %37, %34
  %49 = phi i1 [ false, %34 ], [ %47, %37 ]
  br label %50

50:                                               ; preds = %48, %27
  %51 = phi i1 [ true, %27 ], [ %49, %48 ]
  %52 = zext i1 %51 to i32
  %53 = trunc i32 %52 to i8
  %54 = load i32, ptr %7, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [16 x [20 x i8]], ptr %5, i64 0, i64 %55
  %57 = load i32, ptr %8, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [20 x i8], ptr %56, i64 0, i64 %58
  store i8 %53, ptr %59, align 1
  br label %60

60:                                               ; preds = %50
  %61 = load i32, ptr %8, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %8, align 4
  br label %24, !llvm.loop !5

63:                                               ; preds = %24
  br label %64

64:                                               ; preds = %63
  %65 = load i32, ptr %7, align 4
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %7, align 4
  br label %20, !llvm.loop !7

67:                                               ; preds = %20
  store i32 0, ptr %10, align 4
  br label %68

68:                                               ; preds = %94, %67
  %69 = load i32, ptr %10, align 4
  %70 = icmp slt i32 %69, 16
  br i1 %70, label %71, label %97

71:                                               ; preds = %68
  store i32 0, ptr %11, align 4
  br label %72

72:                                               ; preds = %90, %71
  %73 = load i32, ptr %11, align 4
  %74 = icmp slt i32 %73, 20
  br i1 %74, label %75, label %93

75:                                               ; preds = %72
  %76 = load i32, ptr %10, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [16 x [20 x i8]], ptr %5, i64 0, i64 %77
  %79 = load i32, ptr %11, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [20 x i8], ptr %78, i64 0, i64 %80
  %82 = load i8, ptr %81, align 1
  %83 = load ptr, ptr %3, align 8
  %84 = load i32, ptr %10, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [20 x i8], ptr %83, i64 %85
  %87 = load i32, ptr %11, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [20 x i8], ptr %86, i64 0, i64 %88
  store i8 %82, ptr %89, align 1
  br label %90

90:                                               ; preds = %75
  %91 = load i32, ptr %11, align 4
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %11, align 4
  br label %72, !llvm.loop !8

93:                                               ; preds = %72
  br label %94

94:                                               ; preds = %93
  %95 = load i32, ptr %10, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %10, align 4
  br label %68, !llvm.loop !9

97:                                               ; preds = %68
  br label %98

98:                                               ; preds = %97
  %99 = load i32, ptr %6, align 4
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %6, align 4
  br label %15, !llvm.loop !10

101:                                              ; preds = %15
  store i32 0, ptr %12, align 4
  store i32 0, ptr %13, align 4
  br label %102

102:                                              ; preds = %125, %101
  %103 = load i32, ptr %13, align 4
  %104 = icmp slt i32 %103, 16
  br i1 %104, label %105, label %128

105:                                              ; preds = %102
  store i32 0, ptr %14, align 4
  br label %106

106:                                              ; preds = %121, %105
  %107 = load i32, ptr %14, align 4
  %108 = icmp slt i32 %107, 20
  br i1 %108, label %109, label %124

109:                                              ; preds = %106
  %110 = load ptr, ptr %3, align 8
  %111 = load i32, ptr %13, align 4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [20 x i8], ptr %110, i64 %112
  %114 = load i32, ptr %14, align 4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [20 x i8], ptr %113, i64 0, i64 %115
  %117 = load i8, ptr %116, align 1
  %118 = zext i8 %117 to i32
  %119 = load i32, ptr %12, align 4
  %120 = add nsw i32 %119, %118
  store i32 %120, ptr %12, align 4
  br label %121

121:                                              ; preds = %109
  %122 = load i32, ptr %14, align 4
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %14, align 4
  br label %106, !llvm.loop !11

124:                                              ; preds = %106
  br label %125

125:                                              ; preds = %124
  %126 = load i32, ptr %13, align 4
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %13, align 4
  br label %102, !llvm.loop !12

128:                                              ; preds = %102
  %129 = load i32, ptr %12, align 4
  ret i32 %129
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @neighbours(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  store i32 0, ptr %7, align 4
  store i32 -1, ptr %8, align 4
  br label %10

10:                                               ; preds = %48, %3
  %11 = load i32, ptr %8, align 4
  %12 = icmp sle i32 %11, 1
  br i1 %12, label %13, label %51

13:                                               ; preds = %10
  store i32 -1, ptr %9, align 4
  br label %14

14:                                               ; preds = %44, %13
  %15 = load i32, ptr %9, align 4
  %16 = icmp sle i32 %15, 1
  br i1 %16, label %17, label %47

17:                                               ; preds = %14
  %18 = load i32, ptr %8, align 4
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %23, label %20

20:                                               ; preds = %17
  %21 = load i32, ptr %9, align 4
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %23, label %43

23:                                               ; preds = %20, %17
  %24 = load ptr, ptr %4, align 8
  %25 = load i32, ptr %5, align 4
  %26 = load i32, ptr %8, align 4
  %27 = add nsw i32 %25, %26
  %28 = add nsw i32 %27, 16
  %29 = srem i32 %28, 16
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [20 x i8], ptr %24, i64 %30
  %32 = load i32, ptr %6, align 4
  %33 = load i32, ptr %9, align 4
  %34 = add nsw i32 %32, %33
  %35 = add nsw i32 %34, 20
  %36 = srem i32 %35, 20
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [20 x i8], ptr %31, i64 0, i64 %37
  %39 = load i8, ptr %38, align 1
  %40 = zext i8 %39 to i32
  %41 = load i32, ptr %7, align 4
  %42 = add nsw i32 %41, %40
  store i32 %42, ptr %7, align 4
  br label %43

43:                                               ; preds = %23, %20
  br label %44

44:                                               ; preds = %43
  %45 = load i32, ptr %9, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %9, align 4
  br label %14, !llvm.loop !13

47:                                               ; preds = %14
  br label %48

48:                                               ; preds = %47
  %49 = load i32, ptr %8, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %8, align 4
  br label %10, !llvm.loop !14

51:                                               ; preds = %10
  %52 = load i32, ptr %7, align 4
  ret i32 %52
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
!14 = distinct !{!14, !6}
