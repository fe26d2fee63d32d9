source_filename = "rational.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.frac = type { i64, i64 }

; Function Attrs: noinline nounwind uwtable
define dso_local { i64, i64 } @frac_add(i64 %0, i64 %1, i64 %2, i64 %3) #0 {
  %5 = alloca %struct.frac, align 8
  %6 = alloca %struct.frac, align 8
  %7 = alloca %struct.frac, align 8
  %8 = alloca i64, align 8
  %9 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %9, align 8
  %10 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %10, align 8
  %11 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  store i64 %2, ptr %11, align 8
  %12 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %12, align 8
  %13 = getelementptr inbounds nuw %struct.frac, ptr %6, i32 0, i32 1
  %14 = load i64, ptr %13, align 8
  %15 = getelementptr inbounds nuw %struct.frac, ptr %7, i32 0, i32 1
  %16 = load i64, ptr %15, align 8
  %17 = call i64 @gcd(i64 noundef %14, i64 noundef %16)
  store i64 %17, ptr %8, align 8
  %18 = getelementptr inbounds nuw %struct.frac, ptr %6, i32 0, i32 0
  %19 = load i64, ptr %18, align 8
  %20 = getelementptr inbounds nuw %struct.frac, ptr %7, i32 0, i32 1
  %21 = load i64, ptr %20, align 8
  %22 = load i64, ptr %8, align 8
  %23 = sdiv i64 %21, %22
  %24 = mul nsw i64 %19, %23
  %25 = getelementptr inbounds nuw %struct.frac, ptr %7, i32 0, i32 0
  %26 = load i64, ptr %25, align 8
  %27 = getelementptr inbounds nuw %struct.frac, ptr %6, i32 0, i32 1
  %28 = load i64, ptr %27, align 8
  %29 = load i64, ptr %8, align 8
  %30 = sdiv i64 %28, %29
  %31 = mul nsw i64 %26, %30
  %32 = add nsw i64 %24, %31
  %33 = getelementptr inbounds nuw %struct.frac, ptr %6, i32 0, i32 1
  %34 = load i64, ptr %33, align 8
  %35 = load i64, ptr %8, align 8
  %36 = sdiv i64 %34, %35
  %37 = getelementptr inbounds nuw %struct.frac, ptr %7, i32 0, i32 1
  %38 = load i64, ptr %37, align 8
  %39 = mul nsw i64 %36, %38
  %40 = call { i64, i64 } @normalize(i64 noundef %32, i64 noundef %39)
  %41 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  %42 = extractvalue { i64, i64 } %40, 0
  store i64 %42, ptr %41, align 8
  %43 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  %44 = extractvalue { i64, i64 } %40, 1
  store i64 %44, ptr %43, align 8
  %45 = load { i64, i64 }, ptr %5, align 8
  ret { i64, i64 } %45
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @gcd(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %6 = load i64, ptr %3, align 8
  %7 = icmp slt i64 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i64, ptr %3, align 8
  %10 = sub nsw i64 0, %9
  store i64 %10, ptr %3, align 8
  br label %11

11:                                               ; preds = %8, %2
  %12 = load i64, ptr %4, align 8
  %13 = icmp slt i64 %12, 0
  br i1 %13, label %14, label %17

14:                                               ; preds = %11
  %15 = load i64, ptr %4, align 8
  %16 = sub nsw i64 0, %15
  store i64 %16, ptr %4, align 8
  br label %17

17:                                               ; preds = %14, %11
  br label %18

18:                                               ; preds = %21, %17
  %19 = load i64, ptr %4, align 8
  %20 = icmp ne i64 %19, 0
  br i1 %20, label %21, label %27

21:                                               ; preds = %18
  %22 = load i64, ptr %3, align 8
  %23 = load i64, ptr %4, align 8
  %24 = srem i64 %22, %23
  store i64 %24, ptr %5, align 8
  %25 = load i64, ptr %4, align 8
  store i64 %25, ptr %3, align 8
  %26 = load i64, ptr %5, align 8
  store i64 %26, ptr %4, align 8
  br label %18, !llvm.loop !5

27:                                               ; preds = %18
  %28 = load i64, ptr %3, align 8
  ret i64 %28
}

; Function Attrs: noinline nounwind uwtable
define internal { i64, i64 } @normalize(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca %struct.frac, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  %7 = load i64, ptr %5, align 8
  %8 = icmp slt i64 %7, 0
  br i1 %8, label %9, label %14

9:                                                ; preds = %2
  %10 = load i64, ptr %4, align 8
  %11 = sub nsw i64 0, %10
  store i64 %11, ptr %4, align 8
  %12 = load i64, ptr %5, align 8
  %13 = sub nsw i64 0, %12
  store i64 %13, ptr %5, align 8
  br label %14

14:                                               ; preds = %9, %2
  %15 = load i64, ptr %4, align 8
  %16 = load i64, ptr %5, align 8
  %17 = call i64 @gcd(i64 noundef %15, i64 noundef %16)
  store i64 %17, ptr %6, align 8
  %18 = load i64, ptr %6, align 8
  %19 = icmp sgt i64 %18, 1
  br i1 %19, label %20, label %27

20:                                               ; preds = %14
  %21 = load i64, ptr %6, align 8
  %22 = load i64, ptr %4, align 8
  %23 = sdiv i64 %22, %21
  store i64 %23, ptr %4, align 8
  %24 = load i64, ptr %6, align 8
  %25 = load i64, ptr %5, align 8
  %26 = sdiv i64 %25, %24
  store i64 %26, ptr %5, align 8
  br label %27

27:                                               ; preds = %20, %14
  %28 = getelementptr inbounds nuw %struct.frac, ptr %3, i32 0, i32 0
  %29 = load i64, ptr %4, align 8
  store i64 %29, ptr %28, align 8
  %30 = getelementptr inbounds nuw %struct.frac, ptr %3, i32 0, i32 1
  %31 = load i64, ptr %5, align 8
  store i64 %31, ptr %30, align 8
  %32 = load { i64, i64 }, ptr %3, align 8
  ret { i64, i64 } %32
}

; Function Attrs: noinline nounwind uwtable
define dso_local { i64, i64 } @frac_mul(i64 %0, i64 %1, i64 %2, i64 %3) #0 {
  %5 = alloca %struct.frac, align 8
  %6 = alloca %struct.frac, align 8
  %7 = alloca %struct.frac, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %10, align 8
  %11 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %11, align 8
  %12 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  store i64 %2, ptr %12, align 8
  %13 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %13, align 8
  %14 = getelementptr inbounds nuw %struct.frac, ptr %6, i32 0, i32 0
  %15 = load i64, ptr %14, align 8
  %16 = getelementptr inbounds nuw %struct.frac, ptr %7, i32 0, i32 1
  %17 = load i64, ptr %16, align 8
  %18 = call i64 @gcd(i64 noundef %15, i64 noundef %17)
  store i64 %18, ptr %8, align 8
  %19 = getelementptr inbounds nuw %struct.frac, ptr %7, i32 0, i32 0
  %20 = load i64, ptr %19, align 8
  %21 = getelementptr inbounds nuw %struct.frac, ptr %6, i32 0, i32 1
  %22 = load i64, ptr %21, align 8
  %23 = call i64 @gcd(i64 noundef %20, i64 noundef %22)
  store i64 %23, ptr %9, align 8
  %24 = load i64, ptr %8, align 8
  %25 = icmp eq i64 %24, 0
  br i1 %25, label %26, label %27

26:                                               ; preds = %4
  store i64 1, ptr %8, align 8
  br label %27

27:                                               ; preds = %26, %4
  %28 = load i64, ptr %9, align 8
  %29 = icmp eq i64 %28, 0
  br i1 %29, label %30, label %31

30:                                               ; preds = %27
  store i64 1, ptr %9, align 8
  br label %31

31:                                               ; preds = %30, %27
  %32 = getelementptr inbounds nuw %struct.frac, ptr %6, i32 0, i32 0
  %33 = load i64, ptr %32, align 8
  %34 = load i64, ptr %8, align 8
  %35 = sdiv i64 %33, %34
  %36 = getelementptr inbounds nuw %struct.frac, ptr %7, i32 0, i32 0
  %37 = load i64, ptr %36, align 8
  %38 = load i64, ptr %9, align 8
  %39 = sdiv i64 %37, %38
  %40 = mul nsw i64 %35, %39
  %41 = getelementptr inbounds nuw %struct.frac, ptr %6, i32 0, i32 1
  %42 = load i64, ptr %41, align 8
  %43 = load i64, ptr %9, align 8
  %44 = sdiv i64 %42, %43
  %45 = getelementptr inbounds nuw %struct.frac, ptr %7, i32 0, i32 1
  %46 = load i64, ptr %45, align 8
  %47 = load i64, ptr %8, align 8
  %48 = sdiv i64 %46, %47
  %49 = mul nsw i64 %44, %48
  %50 = call { i64, i64 } @normalize(i64 noundef %40, i64 noundef %49)
  %51 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  %52 = extractvalue { i64, i64 } %50, 0
  store i64 %52, ptr %51, align 8
  %53 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  %54 = extractvalue { i64, i64 } %50, 1
  store i64 %54, ptr %53, align 8
  %55 = load { i64, i64 }, ptr %5, align 8
  ret { i64, i64 } %55
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @frac_compare(i64 %0, i64 %1, i64 %2, i64 %3) #0 {
  %5 = alloca %struct.frac, align 8
  %6 = alloca %struct.frac, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  store i64 %0, ptr %9, align 8
  %10 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  store i64 %1, ptr %10, align 8
  %11 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %2, ptr %11, align 8
  %12 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %3, ptr %12, align 8
  %13 = getelementptr inbounds nuw %struct.frac, ptr %5, i32 0, i32 0
  %14 = load i64, ptr %13, align 8
  %15 = getelementptr inbounds nuw %struct.frac, ptr %6, i32 0, i32 1
  %16 = load i64, ptr %15, align 8
  %17 = mul nsw i64 %14, %16
  store i64 %17, ptr %7, align 8
  %18 = getelementptr inbounds nuw %struct.frac, ptr %6, i32 0, i32 0
  %19 = load i64, ptr %18, align 8
  %20 = getelementptr inbounds nuw %struct.frac, ptr %5, i32 0, i32 1
  %21 = load i64, ptr %20, align 8
  %22 = mul nsw i64 %19, %21
  store i64 %22, ptr %8, align 8
  %23 = load i64, ptr %7, align 8
  %24 = load i64, ptr %8, align 8
  %25 = icmp sgt i64 %23, %24
  %26 = zext i1 %25 to i32
  %27 = load i64, ptr %7, align 8
  %28 = load i64, ptr %8, align 8
  %29 = icmp slt i64 %27, %28
  %30 = zext i1 %29 to i32
  %31 = sub nsw i32 %26, %30
  ret i32 %31
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @continued_fraction(i64 %0, i64 %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca %struct.frac, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  store i64 %0, ptr %13, align 8
  %14 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  store i64 %1, ptr %14, align 8
  store ptr %2, ptr %6, align 8
  store i32 %3, ptr %7, align 4
  store i32 0, ptr %8, align 4
  %15 = getelementptr inbounds nuw %struct.frac, ptr %5, i32 0, i32 0
  %16 = load i64, ptr %15, align 8
  store i64 %16, ptr %9, align 8
  %17 = getelementptr inbounds nuw %struct.frac, ptr %5, i32 0, i32 1
  %18 = load i64, ptr %17, align 8
  store i64 %18, ptr %10, align 8
  br label %19

19:                                               ; preds = %47, %4
  %20 = load i64, ptr %10, align 8
  %21 = icmp ne i64 %20, 0
  br i1 %21, label %22, label %26

22:                                               ; preds = %19
  %23 = load i32, ptr %8, align 4
  %24 = load i32, ptr %7, align 4
  %25 = icmp slt i32 %23, %24
  br label %26

26:                                               ; preds = %22, %19
  %27 = phi i1 [ false, %19 ], [ %25, %22 ]
  br i1 %27, label %28, label %61

28:                                               ; preds = %26
  %29 = load i64, ptr %9, align 8
  %30 = load i64, ptr %10, align 8
  %31 = sdiv i64 %29, %30
  store i64 %31, ptr %11, align 8
  %32 = load i64, ptr %9, align 8
  %33 = load i64, ptr %10, align 8
  %34 = srem i64 %32, %33
  %35 = icmp ne i64 %34, 0
  br i1 %35, label %36, label %47

36:                                               ; preds = %28
  %37 = load i64, ptr %9, align 8
  %38 = icmp slt i64 %37, 0
  %39 = zext i1 %38 to i32
  %40 = load i64, ptr %10, align 8
  %41 = icmp slt i64 %40, 0
  %42 = zext i1 %41 to i32
  %43 = icmp ne i32 %39, %42
  br i1 %43, label %44, label %47

44:                                               ; preds = %36
  %45 = load i64, ptr %11, align 8
  %46 = add nsw i64 %45, -1
  store i64 %46, ptr %11, align 8
  br label %47

47:                                               ; preds = %44, %36, %28
  %48 = load i64, ptr %11, align 8
  %49 = load ptr, ptr %6, align 8
  %50 = load i32, ptr %8, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %8, align 4
  %52 = sext i32 %50 to i64
  %53 = getelementptr inbounds i64, ptr %49, i64 %52
  store i64 %48, ptr %53, align 8
  %54 = load i64, ptr %9, align 8
  %55 = load i64, ptr %11, align 8
  %56 = load i64, ptr %10, align 8
  %57 = mul nsw i64 %55, %56
  %58 = sub nsw i64 %54, %57
  store i64 %58, ptr %12, align 8
  %59 = load i64, ptr %10, align 8
  store i64 %59, ptr %9, align 8
  %60 = load i64, ptr %12, align 8
  store i64 %60, ptr %10, align 8
  br label %19, !llvm.loop !7

61:                                               ; preds = %26
  %62 = load i32, ptr %8, align 4
  ret i32 %62
}

; Function Attrs: noinline nounwind uwtable
define dso_local { i64, i64 } @approximate(double noundef %0, i64 noundef %1) #0 {
  %3 = alloca %struct.frac, align 8
  %4 = alloca double, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca double, align 8
  store double %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store i64 0, ptr %6, align 8
  store i64 1, ptr %7, align 8
  store i64 1, ptr %8, align 8
  store i64 0, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %15

15:                                               ; preds = %61, %2
  %16 = load i32, ptr %10, align 4
  %17 = icmp slt i32 %16, 40
  br i1 %17, label %18, label %64

18:                                               ; preds = %15
  %19 = load double, ptr %4, align 8
  %20 = fptosi double %19 to i64
  store i64 %20, ptr %11, align 8
  %21 = load double, ptr %4, align 8
  %22 = fcmp olt double %21, 0.000000e+00
  br i1 %22, label %23, label %31

23:                                               ; preds = %18
  %24 = load i64, ptr %11, align 8
  %25 = sitofp i64 %24 to double
  %26 = load double, ptr %4, align 8
  %27 = fcmp une double %25, %26
  br i1 %27, label %28, label %31

28:                                               ; preds = %23
  %29 = load i64, ptr %11, align 8
  %30 = add nsw i64 %29, -1
  store i64 %30, ptr %11, align 8
  br label %31

31:                                               ; preds = %28, %23, %18
  %32 = load i64, ptr %11, align 8
  %33 = load i64, ptr %7, align 8
  %34 = mul nsw i64 %32, %33
  %35 = load i64, ptr %6, align 8
  %36 = add nsw i64 %34, %35
  store i64 %36, ptr %12, align 8
  %37 = load i64, ptr %11, align 8
  %38 = load i64, ptr %9, align 8
  %39 = mul nsw i64 %37, %38
  %40 = load i64, ptr %8, align 8
  %41 = add nsw i64 %39, %40
  store i64 %41, ptr %13, align 8
  %42 = load i64, ptr %13, align 8
  %43 = load i64, ptr %5, align 8
  %44 = icmp sgt i64 %42, %43
  br i1 %44, label %45, label %46

45:                                               ; preds = %31
  br label %64

46:                                               ; preds = %31
  %47 = load i64, ptr %7, align 8
  store i64 %47, ptr %6, align 8
  %48 = load i64, ptr %12, align 8
  store i64 %48, ptr %7, align 8
  %49 = load i64, ptr %9, align 8
  store i64 %49, ptr %8, align 8
  %50 = load i64, ptr %13, align 8
  store i64 %50, ptr %9, align 8
  %51 = load double, ptr %4, align 8
  %52 = load i64, ptr %11, align 8
  %53 = sitofp i64 %52 to double
  %54 = fsub double %51, %53
  store double %54, ptr %14, align 8
  %55 = load double, ptr %14, align 8
  %56 = fcmp olt double %55, 0x3D719799812DEA11
  br i1 %56, label %57, label %58

57:                                               ; preds = %46
  br label %64

58:                                               ; preds = %46
  %59 = load double, ptr %14, align 8
  %60 = fdiv double 1.000000e+00, %59
  store double %60, ptr %4, align 8
  br label %61

61:                                               ; preds = %58
  %62 = load i32, ptr %10, align 4
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %10, align 4
  br label %15, !llvm.loop !8

64:                                               ; preds = %57, %45, %15
  %65 = load i64, ptr %7, align 8
  %66 = load i64, ptr %9, align 8
  %67 = icmp ne i64 %66, 0
  br i1 %67, label %68, label %70

68:                                               ; preds = %64
  %69 = load i64, ptr %9, align 8
  br label %71

70:                                               ; preds = %64
  br label %71

71:                                               ; preds = %70, %68
  %72 = phi i64 [ %69, %68 ], [ 1, %70 ]
  %73 = call { i64, i64 } @normalize(i64 noundef %65, i64 noundef %72)
  %74 = getelementptr inbounds nuw { i64, i64 }, ptr %3, i32 0, i32 0
  %75 = extractvalue { i64, i64 } %73, 0
  store i64 %75, ptr %74, align 8
  %76 = getelementptr inbounds nuw { i64, i64 }, ptr %3, i32 0, i32 1
  %77 = extractvalue { i64, i64 } %73, 1
  store i64 %77, ptr %76, align 8
  %78 = load { i64, i64 }, ptr %3, align 8
  ret { i64, i64 } %78
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
