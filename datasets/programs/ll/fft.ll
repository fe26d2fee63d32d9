source_filename = "fft.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.cplx = type { double, double }

@__const.fft.w = private unnamed_addr constant %struct.cplx { double 1.000000e+00, double 0.000000e+00 }, align 8

; Function Attrs: noinline nounwind uwtable
define dso_local void @fft(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca %struct.cplx, align 8
  %11 = alloca i32, align 4
  %12 = alloca %struct.cplx, align 8
  %13 = alloca i32, align 4
  %14 = alloca %struct.cplx, align 8
  %15 = alloca %struct.cplx, align 8
  %16 = alloca %struct.cplx, align 8
  %17 = alloca %struct.cplx, align 8
  %18 = alloca %struct.cplx, align 8
  %19 = alloca %struct.cplx, align 8
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  store double 0x400921FB54442D18, ptr %7, align 8
  %20 = load ptr, ptr %4, align 8
  %21 = load i32, ptr %5, align 4
  call void @bit_reverse(ptr noundef %20, i32 noundef %21)
  store i32 2, ptr %8, align 4
  br label %22

22:                                               ; preds = %163, %3
  %23 = load i32, ptr %8, align 4
  %24 = load i32, ptr %5, align 4
  %25 = icmp sle i32 %23, %24
  br i1 %25, label %26, label %166

26:                                               ; preds = %22
  %27 = load i32, ptr %8, align 4
  %28 = sitofp i32 %27 to double
  %29 = fdiv double 0x401921FB54442D18, %28
  %30 = load i32, ptr %6, align 4
  %31 = icmp ne i32 %30, 0
  %32 = zext i1 %31 to i64
  %33 = select i1 %31, i32 1, i32 -1
  %34 = sitofp i32 %33 to double
  %35 = fmul double %29, %34
  store double %35, ptr %9, align 8
  %36 = getelementptr inbounds nuw %struct.cplx, ptr %10, i32 0, i32 0
  %37 = load double, ptr %9, align 8
  %38 = fadd double %37, 0x3FF921FB54442D18
  %39 = call double @sin_approx(double noundef %38)
  store double %39, ptr %36, align 8
  %40 = getelementptr inbounds nuw %struct.cplx, ptr %10, i32 0, i32 1
  %41 = load double, ptr %9, align 8
  %42 = call double @sin_approx(double noundef %41)
  store double %42, ptr %40, align 8
  store i32 0, ptr %11, align 4
  br label %43

43:                                               ; preds = %158, %26
  %44 = load i32, ptr %11, align 4
  %45 = load i32, ptr %5, align 4
  %46 = icmp slt i32 %44, %45
  br i1 %46, label %47, label %162

47:                                               ; preds = %43
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 @__const.fft.w, i64 16, i1 false)
  store i32 0, ptr %13, align 4
  br label %48

48:                                               ; preds = %154, %47
  %49 = load i32, ptr %13, align 4
  %50 = load i32, ptr %8, align 4
  %51 = sdiv i32 %50, 2
  %52 = icmp slt i32 %49, %51
  br i1 %52, label %53, label %157

53:                                               ; preds = %48
  %54 = load ptr, ptr %4, align 8
  %55 = load i32, ptr %11, align 4
  %56 = load i32, ptr %13, align 4
  %57 = add nsw i32 %55, %56
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds %struct.cplx, ptr %54, i64 %58
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 %59, i64 16, i1 false)
  %60 = load ptr, ptr %4, align 8
  %61 = load i32, ptr %11, align 4
  %62 = load i32, ptr %13, align 4
  %63 = add nsw i32 %61, %62
  %64 = load i32, ptr %8, align 4
  %65 = sdiv i32 %64, 2
  %66 = add nsw i32 %63, %65
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds %struct.cplx, ptr %60, i64 %67
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %15, ptr align 8 %68, i64 16, i1 false)
  %69 = getelementptr inbounds nuw %struct.cplx, ptr %16, i32 0, i32 0
  %70 = getelementptr inbounds nuw %struct.cplx, ptr %15, i32 0, i32 0
  %71 = load double, ptr %70, align 8
  %72 = getelementptr inbounds nuw %struct.cplx, ptr %12, i32 0, i32 0
  %73 = load double, ptr %72, align 8
  %74 = getelementptr inbounds nuw %struct.cplx, ptr %15, i32 0, i32 1
  %75 = load double, ptr %74, align 8
  %76 = getelementptr inbounds nuw %struct.cplx, ptr %12, i32 0, i32 1
  %77 = load double, ptr %76, align 8
  %78 = fmul double %75, %77
  %79 = fneg double %78
  %80 = call double @llvm.fmuladd.f64(double %71, double %73, double %79)
  store double %80, ptr %69, align 8
  %81 = getelementptr inbounds nuw %struct.cplx, ptr %16, i32 0, i32 1
  %82 = getelementptr inbounds nuw %struct.cplx, ptr %15, i32 0, i32 0
  %83 = load double, ptr %82, align 8
  %84 = getelementptr inbounds nuw %struct.cplx, ptr %12, i32 0, i32 1
  %85 = load double, ptr %84, align 8
  %86 = getelementptr inbounds nuw %struct.cplx, ptr %15, i32 0, i32 1
  %87 = load double, ptr %86, align 8
  %88 = getelementptr inbounds nuw %struct.cplx, ptr %12, i32 0, i32 0
  %89 = load double, ptr %88, align 8
  %90 = fmul double %87, %89
  %91 = call double @llvm.fmuladd.f64(double %83, double %85, double %90)
  store double %91, ptr %81, align 8
  %92 = load ptr, ptr %4, align 8
  %93 = load i32, ptr %11, align 4
  %94 = load i32, ptr %13, align 4
  %95 = add nsw i32 %93, %94
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds %struct.cplx, ptr %92, i64 %96
  %98 = getelementptr inbounds nuw %struct.cplx, ptr %17, i32 0, i32 0
  %99 = getelementptr inbounds nuw %struct.cplx, ptr %14, i32 0, i32 0
  %100 = load double, ptr %99, align 8
  %101 = getelementptr inbounds nuw %struct.cplx, ptr %16, i32 0, i32 0
  %102 = load double, ptr %101, align 8
  %103 = fadd double %100, %102
  store double %103, ptr %98, align 8
  %104 = getelementptr inbounds nuw %struct.cplx, ptr %17, i32 0, i32 1
  %105 = getelementptr inbounds nuw %struct.cplx, ptr %14, i32 0, i32 1
  %106 = load double, ptr %105, align 8
  %107 = getelementptr inbounds nuw %struct.cplx, ptr %16, i32 0, i32 1
  %108 = load double, ptr %107, align 8
  %109 = fadd double %106, %108
  store double %109, ptr %104, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %97, ptr align 8 %17, i64 16, i1 false)
  %110 = load ptr, ptr %4, align 8
  %111 = load i32, ptr %11, align 4
  %112 = load i32, ptr %13, align 4
  %113 = add nsw i32 %111, %112
  %114 = load i32, ptr %8, align 4
  %115 = sdiv i32 %114, 2
  %116 = add nsw i32 %113, %115
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds %struct.cplx, ptr %110, i64 %117
  %119 = getelementptr inbounds nuw %struct.cplx, ptr %18, i32 0, i32 0
  %120 = getelementptr inbounds nuw %struct.cplx, ptr %14, i32 0, i32 0
  %121 = load double, ptr %120, align 8
  %122 = getelementptr inbounds nuw %struct.cplx, ptr %16, i32 0, i32 0
  %123 = load double, ptr %122, align 8
  %124 = fsub double %121, %123
  store double %124, ptr %119, align 8
  %125 = getelementptr inbounds nuw %struct.cplx, ptr %18, i32 0, i32 1
  %126 = getelementptr inbounds nuw %struct.cplx, ptr %14, i32 0, i32 1
  %127 = load double, ptr %126, align 8
  %128 = getelementptr inbounds nuw %struct.cplx, ptr %16, i32 0, i32 1
  %129 = load double, ptr %128, align 8
  %130 = fsub double %127, %129
  store double %130, ptr %125, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %118, ptr align 8 %18, i64 16, i1 false)
  %131 = getelementptr inbounds nuw %struct.cplx, ptr %19, i32 0, i32 0
  %132 = getelementptr inbounds nuw %struct.cplx, ptr %12, i32 0, i32 0
  %133 = load double, ptr %132, align 8
  %134 = getelementptr inbounds nuw %struct.cplx, ptr %10, i32 0, i32 0
  %135 = load double, ptr %134, align 8
  %136 = getelementptr inbounds nuw %struct.cplx, ptr %12, i32 0, i32 1
  %137 = load double, ptr %136, align 8
  %138 = getelementptr inbounds nuw %struct.cplx, ptr %10, i32 0, i32 1
  %139 = load double, ptr %138, align 8
  %140 = fmul double %137, %139
  %141 = fneg double %140
  %142 = call double @llvm.fmuladd.f64(double %133, double %135, double %141)
  store double %142, ptr %131, align 8
  %143 = getelementptr inbounds nuw %struct.cplx, ptr %19, i32 0, i32 1
  %144 = getelementptr inbounds nuw %struct.cplx, ptr %12, i32 0, i32 0
  %145 = load double, ptr %144, align 8
  %146 = getelementptr inbounds nuw %struct.cplx, ptr %10, i32 0, i32 1
  %147 = load double, ptr %146, align 8
  %148 = getelementptr inbounds nuw %struct.cplx, ptr %12, i32 0, i32 1
  %149 = load double, ptr %148, align 8
  %150 = getelementptr inbounds nuw %struct.cplx, ptr %10, i32 0, i32 0
  %151 = load double, ptr %150, align 8
  %152 = fmul double %149, %151
  %153 = call double @llvm.fmuladd.f64(double %145, double %147, double %152)
  store double %153, ptr %143, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %19, i64 16, i1 false)
  br label %154

154:                                              ; preds = %53
  %155 = load i32, ptr %13, align 4
  %156 = add nsw i32 %155, 1
  store i32 %156, ptr %13, align 4
  br label %48, !llvm.loop !5

157:                                              ; preds = %48
  br label %158

158:                                              ; preds = %157
  %159 = load i32, ptr %8, align 4
  %160 = load i32, ptr %11, align 4
  %161 = add nsw i32 %160, %159
  store i32 %161, ptr %11, align 4
  br label %43, !llvm.loop !7

162:                                              ; preds = %43
  br label %163

163:                                              ; preds = %162
  %164 = load i32, ptr %8, align 4
  %165 = shl i32 %164, 1
  store i32 %165, ptr %8, align 4
  br label %22, !llvm.loop !8

166:                                              ; preds = %22
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal void @bit_reverse(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.cplx, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %9

9:                                                ; preds = %53, %2
  %10 = load i32, ptr %5, align 4
  %11 = load i32, ptr %4, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %56

13:                                               ; preds = %9
  %14 = load i32, ptr %4, align 4
  %15 = ashr i32 %14, 1
  store i32 %15, ptr %7, align 4
  br label %16

16:                                               ; preds = %25, %13
  %17 = load i32, ptr %6, align 4
  %18 = load i32, ptr %7, align 4
  %19 = and i32 %17, %18
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %21, label %28

21:                                               ; preds = %16
  %22 = load i32, ptr %7, align 4
  %23 = load i32, ptr %6, align 4
  %24 = xor i32 %23, %22
  store i32 %24, ptr %6, align 4
  br label %25

25:                                               ; preds = %21
  %26 = load i32, ptr %7, align 4
  %27 = ashr i32 %26, 1
  store i32 %27, ptr %7, align 4
  br label %16, !llvm.loop !9

28:                                               ; preds = %16
  %29 = load i32, ptr %7, align 4
  %30 = load i32, ptr %6, align 4
  %31 = xor i32 %30, %29
  store i32 %31, ptr %6, align 4
  %32 = load i32, ptr %5, align 4
  %33 = load i32, ptr %6, align 4
  %34 = icmp slt i32 %32, %33
  br i1 %34, label %35, label %52

35:                                               ; preds = %28
  %36 = load ptr, ptr %3, align 8
  %37 = load i32, ptr %5, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds %struct.cplx, ptr %36, i64 %38
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %39, i64 16, i1 false)
  %40 = load ptr, ptr %3, align 8
  %41 = load i32, ptr %5, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds %struct.cplx, ptr %40, i64 %42
  %44 = load ptr, ptr %3, align 8
  %45 = load i32, ptr %6, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds %struct.cplx, ptr %44, i64 %46
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %43, ptr align 8 %47, i64 16, i1 false)
  %48 = load ptr, ptr %3, align 8
  %49 = load i32, ptr %6, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds %struct.cplx, ptr %48, i64 %50
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %51, ptr align 8 %8, i64 16, i1 false)
  br label %52

52:                                               ; preds = %35, %28
  br label %53

53:                                               ; preds = %52
  %54 = load i32, ptr %5, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %5, align 4
  br label %9, !llvm.loop !10

56:                                               ; preds = %9
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal double @sin_approx(double noundef %0) #0 {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  store double %0, ptr %2, align 8
  store double 0x400921FB54442D18, ptr %3, align 8
  br label %8

8:                                                ; preds = %11, %1
  %9 = load double, ptr %2, align 8
  %10 = fcmp ogt double %9, 0x400921FB54442D18
  br i1 %10, label %11, label %14

11:                                               ; preds = %8
  %12 = load double, ptr %2, align 8
  %13 = fsub double %12, 0x401921FB54442D18
  store double %13, ptr %2, align 8
  br label %8, !llvm.loop !11

14:                                               ; preds = %8
  br label %15

15:                                               ; preds = %18, %14
  %16 = load double, ptr %2, align 8
  %17 = fcmp olt double %16, 0xC00921FB54442D18
  br i1 %17, label %18, label %21

18:                                               ; preds = %15
  %19 = load double, ptr %2, align 8
  %20 = fadd double %19, 0x401921FB54442D18
  store double %20, ptr %2, align 8
  br label %15, !llvm.loop !12

21:                                               ; preds = %15
  %22 = load double, ptr %2, align 8
  %23 = load double, ptr %2, align 8
  %24 = fmul double %22, %23
  store double %24, ptr %4, align 8
  %25 = load double, ptr %2, align 8
  store double %25, ptr %5, align 8
  %26 = load double, ptr %2, align 8
  store double %26, ptr %6, align 8
  store i32 1, ptr %7, align 4
  br label %27

27:                                               ; preds = %46, %21
  %28 = load i32, ptr %7, align 4
  %29 = icmp slt i32 %28, 12
  br i1 %29, label %30, label %49

30:                                               ; preds = %27
  %31 = load double, ptr %4, align 8
  %32 = fneg double %31
  %33 = load i32, ptr %7, align 4
  %34 = mul nsw i32 2, %33
  %35 = load i32, ptr %7, align 4
  %36 = mul nsw i32 2, %35
  %37 = add nsw i32 %36, 1
  %38 = mul nsw i32 %34, %37
  %39 = sitofp i32 %38 to double
  %40 = fdiv double %32, %39
  %41 = load double, ptr %5, align 8
  %42 = fmul double %41, %40
  store double %42, ptr %5, align 8
  %43 = load double, ptr %5, align 8
  %44 = load double, ptr %6, align 8
  %45 = fadd double %44, %43
  store double %45, ptr %6, align 8
  br label %46

46:                                               ; preds = %30
  %47 = load i32, ptr %7, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %7, align 4
  br label %27, !llvm.loop !13

49:                                               ; preds = %27
  %50 = load double, ptr %6, align 8
  ret double %50
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @convolve(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca [256 x %struct.cplx], align 16
  %11 = alloca [256 x %struct.cplx], align 16
  %12 = alloca i32, align 4
  %13 = alloca %struct.cplx, align 8
  %14 = alloca %struct.cplx, align 8
  %15 = alloca i32, align 4
  %16 = alloca %struct.cplx, align 8
  %17 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store i32 %3, ptr %9, align 4
  %18 = load i32, ptr %9, align 4
  %19 = icmp sgt i32 %18, 256
  br i1 %19, label %26, label %20

20:                                               ; preds = %4
  %21 = load i32, ptr %9, align 4
  %22 = load i32, ptr %9, align 4
  %23 = sub nsw i32 %22, 1
  %24 = and i32 %21, %23
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %26, label %27

26:                                               ; preds = %20, %4
  store i32 -1, ptr %5, align 4
  br label %143

27:                                               ; preds = %20
  store i32 0, ptr %12, align 4
  br label %28

28:                                               ; preds = %53, %27
  %29 = load i32, ptr %12, align 4
  %30 = load i32, ptr %9, align 4
  %31 = icmp slt i32 %29, %30
  br i1 %31, label %32, label %56

32:                                               ; preds = %28
  %33 = load i32, ptr %12, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [256 x %struct.cplx], ptr %10, i64 0, i64 %34
  %36 = getelementptr inbounds nuw %struct.cplx, ptr %13, i32 0, i32 0
  %37 = load ptr, ptr %6, align 8
  %38 = load i32, ptr %12, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds double, ptr %37, i64 %39
  %41 = load double, ptr %40, align 8
  store double %41, ptr %36, align 8
  %42 = getelementptr inbounds nuw %struct.cplx, ptr %13, i32 0, i32 1
  store double 0.000000e+00, ptr %42, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %35, ptr align 8 %13, i64 16, i1 false)
  %43 = load i32, ptr %12, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [256 x %struct.cplx], ptr %11, i64 0, i64 %44
  %46 = getelementptr inbounds nuw %struct.cplx, ptr %14, i32 0, i32 0
  %47 = load ptr, ptr %7, align 8
  %48 = load i32, ptr %12, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds double, ptr %47, i64 %49
  %51 = load double, ptr %50, align 8
  store double %51, ptr %46, align 8
  %52 = getelementptr inbounds nuw %struct.cplx, ptr %14, i32 0, i32 1
  store double 0.000000e+00, ptr %52, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %45, ptr align 8 %14, i64 16, i1 false)
  br label %53

53:                                               ; preds = %32
  %54 = load i32, ptr %12, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %12, align 4
  br label %28, !llvm.loop !14

56:                                               ; preds = %28
  %57 = getelementptr inbounds [256 x %struct.cplx], ptr %10, i64 0, i64 0
  %58 = load i32, ptr %9, align 4
  call void @fft(ptr noundef %57, i32 noundef %58, i32 noundef 0)
  %59 = getelementptr inbounds [256 x %struct.cplx], ptr %11, i64 0, i64 0
  %60 = load i32, ptr %9, align 4
  call void @fft(ptr noundef %59, i32 noundef %60, i32 noundef 0)
  store i32 0, ptr %15, align 4
  br label %61

61:                                               ; preds = %116, %56
  %62 = load i32, ptr %15, align 4
  %63 = load i32, ptr %9, align 4
  %64 = icmp slt i32 %62, %63
  br i1 %64, label %65, label %119

65:                                               ; preds = %61
  %66 = load i32, ptr %15, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [256 x %struct.cplx], ptr %10, i64 0, i64 %67
  %69 = getelementptr inbounds nuw %struct.cplx, ptr %16, i32 0, i32 0
  %70 = load i32, ptr %15, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [256 x %struct.cplx], ptr %10, i64 0, i64 %71
  %73 = getelementptr inbounds nuw %struct.cplx, ptr %72, i32 0, i32 0
  %74 = load double, ptr %73, align 16
  %75 = load i32, ptr %15, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [256 x %struct.cplx], ptr %11, i64 0, i64 %76
  %78 = getelementptr inbounds nuw %struct.cplx, ptr %77, i32 0, i32 0
  %79 = load double, ptr %78, align 16
  %80 = load i32, ptr %15, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [256 x %struct.cplx], ptr %10, i64 0, i64 %81
  %83 = getelementptr inbounds nuw %struct.cplx, ptr %82, i32 0, i32 1
  %84 = load double, ptr %83, align 8
  %85 = load i32, ptr %15, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [256 x %struct.cplx], ptr %11, i64 0, i64 %86
  %88 = getelementptr inbounds nuw %struct.cplx, ptr %87, i32 0, i32 1
  %89 = load double, ptr %88, align 8
  %90 = fmul double %84, %89
  %91 = fneg double %90
  %92 = call double @llvm.fmuladd.f64(double %74, double %79, double %91)
  store double %92, ptr %69, align 8
  %93 = getelementptr inbounds nuw %struct.cplx, ptr %16, i32 0, i32 1
  %94 = load i32, ptr %15, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [256 x %struct.cplx], ptr %10, i64 0, i64 %95
  %97 = getelementptr inbounds nuw %struct.cplx, ptr %96, i32 0, i32 0
  %98 = load double, ptr %97, align 16
  %99 = load i32, ptr %15, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [256 x %struct.cplx], ptr %11, i64 0, i64 %100
  %102 = getelementptr inbounds nuw %struct.cplx, ptr %101, i32 0, i32 1
  %103 = load double, ptr %102, align 8
  %104 = load i32, ptr %15, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [256 x %struct.cplx], ptr %10, i64 0, i64 %105
  %107 = getelementptr inbounds nuw %struct.cplx, ptr %106, i32 0, i32 1
  %108 = load double, ptr %107, align 8
  %109 = load i32, ptr %15, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [256 x %struct.cplx], ptr %11, i64 0, i64 %110
  %112 = getelementptr inbounds nuw %struct.cplx, ptr %111, i32 0, i32 0
  %113 = load double, ptr %112, align 16
  %114 = fmul double %108, %113
  %115 = call double @llvm.fmuladd.f64(double %98, double %103, double %114)
  store double %115, ptr %93, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %68, ptr align 8 %16, i64 16, i1 false)
  br label %116

116:                                              ; preds = %65
  %117 = load i32, ptr %15, align 4
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %15, align 4
  br label %61, !llvm.loop !15

119:                                              ; preds = %61
  %120 = getelementptr inbounds [256 x %struct.cplx], ptr %10, i64 0, i64 0
  %121 = load i32, ptr %9, align 4
  call void @fft(ptr noundef %120, i32 noundef %121, i32 noundef 1)
  store i32 0, ptr %17, align 4
  br label %122

122:                                              ; preds = %139, %119
  %123 = load i32, ptr %17, align 4
  %124 = load i32, ptr %9, align 4
  %125 = icmp slt i32 %123, %124
  br i1 %125, label %126, label %142

126:                                              ; preds = %122
  %127 = load i32, ptr %17, align 4
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds [256 x %struct.cplx], ptr %10, i64 0, i64 %128
  %130 = getelementptr inbounds nuw %struct.cplx, ptr %129, i32 0, i32 0
  %131 = load double, ptr %130, align 16
  %132 = load i32, ptr %9, align 4
  %133 = sitofp i32 %132 to double
  %134 = fdiv double %131, %133
  %135 = load ptr, ptr %8, align 8
  %136 = load i32, ptr %17, align 4
  %137 = sext i32 %136 to i64
  %138 = getelementptr inbounds double, ptr %135, i64 %137
  store double %134, ptr %138, align 8
  br label %139

139:                                              ; preds = %126
  %140 = load i32, ptr %17, align 4
  %141 = add nsw i32 %140, 1
  store i32 %141, ptr %17, align 4
  br label %122, !llvm.loop !16

142:                                              ; preds = %122
  store i32 0, ptr %5, align 4
  br label %143

143:                                              ; preds = %142, %26
  %144 = load i32, ptr %5, align 4
  ret i32 %144
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

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
!15 = distinct !{!15, !6}
!16 = distinct !{!16, !6}
