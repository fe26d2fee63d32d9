source_filename = "knapsack.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@knapsack.table = internal global [65 x [1025 x i32]] zeroinitializer, align 16

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @knapsack(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3, ptr noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store ptr %0, ptr %7, align 8
  store ptr %1, ptr %8, align 8
  store i32 %2, ptr %9, align 4
  store i32 %3, ptr %10, align 4
  store ptr %4, ptr %11, align 8
  %19 = load i32, ptr %9, align 4
  %20 = icmp sgt i32 %19, 64
  br i1 %20, label %27, label %21

21:                                               ; preds = %5
  %22 = load i32, ptr %10, align 4
  %23 = icmp sgt i32 %22, 1024
  br i1 %23, label %27, label %24

24:                                               ; preds = %21
  %25 = load i32, ptr %10, align 4
  %26 = icmp slt i32 %25, 0
  br i1 %26, label %27, label %28

27:                                               ; preds = %24, %21, %5
  store i32 -1, ptr %6, align 4
  br label %169

28:                                               ; preds = %24
  store i32 0, ptr %12, align 4
  br label %29

29:                                               ; preds = %37, %28
  %30 = load i32, ptr %12, align 4
  %31 = load i32, ptr %10, align 4
  %32 = icmp sle i32 %30, %31
  br i1 %32, label %33, label %40

33:                                               ; preds = %29
  %34 = load i32, ptr %12, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [1025 x i32], ptr @knapsack.table, i64 0, i64 %35
  store i32 0, ptr %36, align 4
  br label %37

37:                                               ; preds = %33
  %38 = load i32, ptr %12, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %12, align 4
  br label %29, !llvm.loop !5

40:                                               ; preds = %29
  store i32 1, ptr %13, align 4
  br label %41

41:                                               ; preds = %108, %40
  %42 = load i32, ptr %13, align 4
  %43 = load i32, ptr %9, align 4
  %44 = icmp sle i32 %42, %43
  br i1 %44, label %45, label %111

45:                                               ; preds = %41
  store i32 0, ptr %14, align 4
  br label %46

46:                                               ; preds = %104, %45
  %47 = load i32, ptr %14, align 4
  %48 = load i32, ptr %10, align 4
  %49 = icmp sle i32 %47, %48
  br i1 %49, label %50, label %107

50:                                               ; preds = %46
  %51 = load i32, ptr %13, align 4
  %52 = sub nsw i32 %51, 1
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [65 x [1025 x i32]], ptr @knapsack.table, i64 0, i64 %53
  %55 = load i32, ptr %14, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [1025 x i32], ptr %54, i64 0, i64 %56
  %58 = load i32, ptr %57, align 4
  store i32 %58, ptr %15, align 4
  %59 = load ptr, ptr %7, align 8
  %60 = load i32, ptr %13, align 4
  %61 = sub nsw i32 %60, 1
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds i32, ptr %59, i64 %62
  %64 = load i32, ptr %63, align 4
  %65 = load i32, ptr %14, align 4
  %66 = icmp sle i32 %64, %65
  br i1 %66, label %67, label %96

67:                                               ; preds = %50
  %68 = load i32, ptr %13, align 4
  %69 = sub nsw i32 %68, 1
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [65 x [1025 x i32]], ptr @knapsack.table, i64 0, i64 %70
  %72 = load i32, ptr %14, align 4
  %73 = load ptr, ptr %7, align 8
  %74 = load i32, ptr %13, align 4
  %75 = sub nsw i32 %74, 1
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds i32, ptr %73, i64 %76
  %78 = load i32, ptr %77, align 4
  %79 = sub nsw i32 %72, %78
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [1025 x i32], ptr %71, i64 0, i64 %80
  %82 = load i32, ptr %81, align 4
  %83 = load ptr, ptr %8, align 8
  %84 = load i32, ptr %13, align 4
  %85 = sub nsw i32 %84, 1
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds i32, ptr %83, i64 %86
  %88 = load i32, ptr %87, align 4
  %89 = add nsw i32 %82, %88
  store i32 %89, ptr %16, align 4
  %90 = load i32, ptr %16, align 4
  %91 = load i32, ptr %15, align 4
  %92 = icmp sgt i32 %90, %91
  br i1 %92, label %93, label %95

93:                                               ; preds = %67
  %94 = load i32, ptr %16, align 4
  store i32 %94, ptr %15, align 4
  br label %95

95:                                               ; preds = %93, %67
  br label %96

96:                                               ; preds = %95, %50
  %97 = load i32, ptr %15, align 4
  %98 = load i32, ptr %13, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [65 x [1025 x i32]], ptr @knapsack.table, i64 0, i64 %99
  %101 = load i32, ptr %14, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [1025 x i32], ptr %100, i64 0, i64 %102
  store i32 %97, ptr %103, align 4
  br label %104

104:                                              ; preds = %96
  %105 = load i32, ptr %14, align 4
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %14, align 4
  br label %46, !llvm.loop !7

107:                                              ; preds = %46
  br label %108

108:                                              ; preds = %107
  %109 = load i32, ptr %13, align 4
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %13, align 4
  br label %41, !llvm.loop !8

111:                                              ; preds = %41
  %112 = load i32, ptr %9, align 4
  store i32 %112, ptr %17, align 4
  %113 = load i32, ptr %10, align 4
  store i32 %113, ptr %18, align 4
  br label %114

114:                                              ; preds = %158, %111
  %115 = load i32, ptr %17, align 4
  %116 = icmp sgt i32 %115, 0
  br i1 %116, label %117, label %161

117:                                              ; preds = %114
  %118 = load i32, ptr %17, align 4
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [65 x [1025 x i32]], ptr @knapsack.table, i64 0, i64 %119
  %121 = load i32, ptr %18, align 4
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds [1025 x i32], ptr %120, i64 0, i64 %122
  %124 = load i32, ptr %123, align 4
  %125 = load i32, ptr %17, align 4
  %126 = sub nsw i32 %125, 1
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds [65 x [1025 x i32]], ptr @knapsack.table, i64 0, i64 %127
  %129 = load i32, ptr %18, align 4
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds [1025 x i32], ptr %128, i64 0, i64 %130
  %132 = load i32, ptr %131, align 4
  %133 = icmp ne i32 %124, %132
  %134 = zext i1 %133 to i32
  %135 = trunc i32 %134 to i8
  %136 = load ptr, ptr %11, align 8
  %137 = load i32, ptr %17, align 4
  %138 = sub nsw i32 %137, 1
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds i8, ptr %136, i64 %139
  store i8 %135, ptr %140, align 1
  %141 = load ptr, ptr %11, align 8
  %142 = load i32, ptr %17, align 4
  %143 = sub nsw i32 %142, 1
  %144 = sext i32 %143 to i64
  %145 = getelementptr inbounds i8, ptr %141, i64 %144
  %146 = load i8, ptr %145, align 1
  %147 = icmp ne i8 %146, 0
  br i1 %147, label %148, label %157

148:                                              ; preds = %117
  %149 = load ptr, ptr %7, align 8
  %150 = load i32, ptr %17, align 4
  %151 = sub nsw i32 %150, 1
  %152 = sext i32 %151 to i64
  %153 = getelementptr inbounds i32, ptr %149, i64 %152
  %154 = load i32, ptr %153, align 4
  %155 = load i32, ptr %18, align 4
  %156 = sub nsw i32 %155, %154
  store i32 %156, ptr %18, align 4
  br label %157

157:                                              ; preds = %148, %117
  br label %158

158:                                              ; preds = %157
  %159 = load i32, ptr %17, align 4
  %160 = add nsw i32 %159, -1
  store i32 %160, ptr %17, align 4
  br label %114, !llvm.loop !9

161:                                              ; preds = %114
  %162 = load i32, ptr %9, align 4
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [65 x [1025 x i32]], ptr @knapsack.table, i64 0, i64 %163
  %165 = load i32, ptr %10, align 4
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds [1025 x i32], ptr %164, i64 0, i64 %166
  %168 = load i32, ptr %167, align 4
  store i32 %168, ptr %6, align 4
  br label %169

169:                                              ; preds = %161, %27
  %170 = load i32, ptr %6, align 4
  ret i32 %170
}

; Function Attrs: noinline nounwind uwtable
define dso_local double @knapsack_bound(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca [64 x i32], align 16
  %10 = alloca double, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca double, align 8
  %15 = alloca double, align 8
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  store i32 %3, ptr %8, align 4
  store double 0.000000e+00, ptr %10, align 8
  store i32 0, ptr %11, align 4
  br label %19

19:                                               ; preds = %28, %4
  %20 = load i32, ptr %11, align 4
  %21 = load i32, ptr %7, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %31

23:                                               ; preds = %19
  %24 = load i32, ptr %11, align 4
  %25 = load i32, ptr %11, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %26
  store i32 %24, ptr %27, align 4
  br label %28

28:                                               ; preds = %23
  %29 = load i32, ptr %11, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %11, align 4
  br label %19, !llvm.loop !10

31:                                               ; preds = %19
  store i32 0, ptr %12, align 4
  br label %32

32:                                               ; preds = %106, %31
  %33 = load i32, ptr %12, align 4
  %34 = load i32, ptr %7, align 4
  %35 = icmp slt i32 %33, %34
  br i1 %35, label %36, label %109

36:                                               ; preds = %32
  %37 = load i32, ptr %12, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %13, align 4
  br label %39

39:                                               ; preds = %102, %36
  %40 = load i32, ptr %13, align 4
  %41 = load i32, ptr %7, align 4
  %42 = icmp slt i32 %40, %41
  br i1 %42, label %43, label %105

43:                                               ; preds = %39
  %44 = load ptr, ptr %6, align 8
  %45 = load i32, ptr %12, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %46
  %48 = load i32, ptr %47, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds i32, ptr %44, i64 %49
  %51 = load i32, ptr %50, align 4
  %52 = sitofp i32 %51 to double
  %53 = load ptr, ptr %5, align 8
  %54 = load i32, ptr %12, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %55
  %57 = load i32, ptr %56, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds i32, ptr %53, i64 %58
  %60 = load i32, ptr %59, align 4
  %61 = sitofp i32 %60 to double
  %62 = fdiv double %52, %61
  store double %62, ptr %14, align 8
  %63 = load ptr, ptr %6, align 8
  %64 = load i32, ptr %13, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %65
  %67 = load i32, ptr %66, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds i32, ptr %63, i64 %68
  %70 = load i32, ptr %69, align 4
  %71 = sitofp i32 %70 to double
  %72 = load ptr, ptr %5, align 8
  %73 = load i32, ptr %13, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %74
  %76 = load i32, ptr %75, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds i32, ptr %72, i64 %77
  %79 = load i32, ptr %78, align 4
  %80 = sitofp i32 %79 to double
  %81 = fdiv double %71, %80
  store double %81, ptr %15, align 8
  %82 = load double, ptr %15, align 8
  %83 = load double, ptr %14, align 8
  %84 = fcmp ogt double %82, %83
  br i1 %84, label %85, label %101

85:                                               ; preds = %43
  %86 = load i32, ptr %12, align 4
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %87
  %89 = load i32, ptr %88, align 4
  store i32 %89, ptr %16, align 4
  %90 = load i32, ptr %13, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %91
  %93 = load i32, ptr %92, align 4
  %94 = load i32, ptr %12, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %95
  store i32 %93, ptr %96, align 4
  %97 = load i32, ptr %16, align 4
  %98 = load i32, ptr %13, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %99
  store i32 %97, ptr %100, align 4
  br label %101

101:                                              ; preds = %85, %43
  br label %102

102:                                              ; preds = %101
  %103 = load i32, ptr %13, align 4
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %13, align 4
  br label %39, !llvm.loop !11

105:                                              ; preds = %39
  br label %106

106:                                              ; preds = %105
  %107 = load i32, ptr %12, align 4
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %12, align 4
  br label %32, !llvm.loop !12

109:                                              ; preds = %32
  store i32 0, ptr %17, align 4
  br label %110

110:                                              ; preds = %167, %109
  %111 = load i32, ptr %17, align 4
  %112 = load i32, ptr %7, align 4
  %113 = icmp slt i32 %111, %112
  br i1 %113, label %114, label %117

114:                                              ; preds = %110
  %115 = load i32, ptr %8, align 4
  %116 = icmp sgt i32 %115, 0
  br label %117

117:                                              ; preds = %114, %110
  %118 = phi i1 [ false, %110 ], [ %116, %114 ]
  br i1 %118, label %119, label %170

119:                                              ; preds = %117
  %120 = load i32, ptr %17, align 4
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %121
  %123 = load i32, ptr %122, align 4
  store i32 %123, ptr %18, align 4
  %124 = load ptr, ptr %5, align 8
  %125 = load i32, ptr %18, align 4
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds i32, ptr %124, i64 %126
  %128 = load i32, ptr %127, align 4
  %129 = load i32, ptr %8, align 4
  %130 = icmp sle i32 %128, %129
  br i1 %130, label %131, label %147

131:                                              ; preds = %119
  %132 = load ptr, ptr %6, align 8
  %133 = load i32, ptr %18, align 4
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds i32, ptr %132, i64 %134
  %136 = load i32, ptr %135, align 4
  %137 = sitofp i32 %136 to double
  %138 = load double, ptr %10, align 8
  %139 = fadd double %138, %137
  store double %139, ptr %10, align 8
  %140 = load ptr, ptr %5, align 8
  %141 = load i32, ptr %18, align 4
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds i32, ptr %140, i64 %142
  %144 = load i32, ptr %143, align 4
  %145 = load i32, ptr %8, align 4
  %146 = sub nsw i32 %145, %144
  store i32 %146, ptr %8, align 4
  br label %166

147:                                              ; preds = %119
  %148 = load ptr, ptr %6, align 8
  %149 = load i32, ptr %18, align 4
  %150 = sext i32 %149 to i64
  %151 = getelementptr inbounds i32, ptr %148, i64 %150
  %152 = load i32, ptr %151, align 4
  %153 = sitofp i32 %152 to double
  %154 = load i32, ptr %8, align 4
  %155 = sitofp i32 %154 to double
  %156 = fmul double %153, %155
  %157 = load ptr, ptr %5, align 8
  %158 = load i32, ptr %18, align 4
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds i32, ptr %157, i64 %159
  %161 = load i32, ptr %160, align 4
  %162 = sitofp i32 %161 to double
  %163 = fdiv double %156, %162
  %164 = load double, ptr %10, align 8
  %165 = fadd double %164, %163
  store double %165, ptr %10, align 8
  store i32 0, ptr %8, align 4
  br label %166

166:                                              ; preds = %147, %131
  br label %167

167:                                              ; preds = %166
  %168 = load i32, ptr %17, align 4
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %17, align 4
  br label %110, !llvm.loop !13

170:                                              ; preds = %117
  %171 = load double, ptr %10, align 8
  ret double %171
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
