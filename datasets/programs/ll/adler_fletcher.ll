source_filename = "adler_fletcher.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @adler32(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %36, %2
  %9 = load i64, ptr %4, align 8
  %10 = icmp ugt i64 %9, 0
  br i1 %10, label %11, label %41

11:                                               ; preds = %8
  %12 = load i64, ptr %4, align 8
  %13 = icmp ult i64 %12, 5552
  br i1 %13, label %14, label %16

14:                                               ; preds = %11
  %15 = load i64, ptr %4, align 8
  br label %17

16:                                               ; preds = %11
  br label %17

17:                                               ; preds = %16, %14
  %18 = phi i64 [ %15, %14 ], [ 5552, %16 ]
  store i64 %18, ptr %7, align 8
  %19 = load i64, ptr %7, align 8
  %20 = load i64, ptr %4, align 8
  %21 = sub i64 %20, %19
  store i64 %21, ptr %4, align 8
  br label %22

22:                                               ; preds = %26, %17
  %23 = load i64, ptr %7, align 8
  %24 = add i64 %23, -1
  store i64 %24, ptr %7, align 8
  %25 = icmp ne i64 %23, 0
  br i1 %25, label %26, label %36

26:                                               ; preds = %22
  %27 = load ptr, ptr %3, align 8
  %28 = getelementptr inbounds nuw i8, ptr %27, i32 1
  store ptr %28, ptr %3, align 8
  %29 = load i8, ptr %27, align 1
  %30 = zext i8 %29 to i32
  %31 = load i32, ptr %5, align 4
  %32 = add i32 %31, %30
  store i32 %32, ptr %5, align 4
  %33 = load i32, ptr %5, align 4
  %34 = load i32, ptr %6, align 4
  %35 = add i32 %34, %33
  store i32 %35, ptr %6, align 4
  br label %22, !llvm.loop !5

36:                                               ; preds = %22
  %37 = load i32, ptr %5, align 4
  %38 = urem i32 %37, 65521
  store i32 %38, ptr %5, align 4
  %39 = load i32, ptr %6, align 4
  %40 = urem i32 %39, 65521
  store i32 %40, ptr %6, align 4
  br label %8, !llvm.loop !7

41:                                               ; preds = %8
  %42 = load i32, ptr %6, align 4
  %43 = shl i32 %42, 16
  %44 = load i32, ptr %5, align 4
  %45 = or i32 %43, %44
  ret i32 %45
}

; Function Attrs: noinline nounwind uwtable
define dso_local zeroext i16 @fletcher16(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i16, align 2
  %6 = alloca i16, align 2
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i16 0, ptr %5, align 2
  store i16 0, ptr %6, align 2
  store i64 0, ptr %7, align 8
  br label %8

8:                                                ; preds = %30, %2
  %9 = load i64, ptr %7, align 8
  %10 = load i64, ptr %4, align 8
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %12, label %33

12:                                               ; preds = %8
  %13 = load i16, ptr %5, align 2
  %14 = zext i16 %13 to i32
  %15 = load ptr, ptr %3, align 8
  %16 = load i64, ptr %7, align 8
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1
  %19 = zext i8 %18 to i32
  %20 = add nsw i32 %14, %19
  %21 = srem i32 %20, 255
  %22 = trunc i32 %21 to i16
  store i16 %22, ptr %5, align 2
  %23 = load i16, ptr %6, align 2
  %24 = zext i16 %23 to i32
  %25 = load i16, ptr %5, align 2
  %26 = zext i16 %25 to i32
  %27 = add nsw i32 %24, %26
  %28 = srem i32 %27, 255
  %29 = trunc i32 %28 to i16
  store i16 %29, ptr %6, align 2
  br label %30

30:                                               ; preds = %12
  %31 = load i64, ptr %7, align 8
  %32 = add i64 %31, 1
  store i64 %32, ptr %7, align 8
  br label %8, !llvm.loop !8

33:                                               ; preds = %8
  %34 = load i16, ptr %6, align 2
  %35 = zext i16 %34 to i32
  %36 = shl i32 %35, 8
  %37 = load i16, ptr %5, align 2
  %38 = zext i16 %37 to i32
  %39 = or i32 %36, %38
  %40 = trunc i32 %39 to i16
  ret i16 %40
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @fletcher32(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i32 65535, ptr %5, align 4
  store i32 65535, ptr %6, align 4
  br label %8

8:                                                ; preds = %36, %2
  %9 = load i64, ptr %4, align 8
  %10 = icmp ne i64 %9, 0
  br i1 %10, label %11, label %47

11:                                               ; preds = %8
  %12 = load i64, ptr %4, align 8
  %13 = icmp ugt i64 %12, 359
  br i1 %13, label %14, label %15

14:                                               ; preds = %11
  br label %17

15:                                               ; preds = %11
  %16 = load i64, ptr %4, align 8
  br label %17

17:                                               ; preds = %15, %14
  %18 = phi i64 [ 359, %14 ], [ %16, %15 ]
  store i64 %18, ptr %7, align 8
  %19 = load i64, ptr %7, align 8
  %20 = load i64, ptr %4, align 8
  %21 = sub i64 %20, %19
  store i64 %21, ptr %4, align 8
  br label %22

22:                                               ; preds = %32, %17
  %23 = load ptr, ptr %3, align 8
  %24 = getelementptr inbounds nuw i16, ptr %23, i32 1
  store ptr %24, ptr %3, align 8
  %25 = load i16, ptr %23, align 2
  %26 = zext i16 %25 to i32
  %27 = load i32, ptr %5, align 4
  %28 = add i32 %27, %26
  store i32 %28, ptr %5, align 4
  %29 = load i32, ptr %5, align 4
  %30 = load i32, ptr %6, align 4
  %31 = add i32 %30, %29
  store i32 %31, ptr %6, align 4
  br label %32

32:                                               ; preds = %22
  %33 = load i64, ptr %7, align 8
  %34 = add i64 %33, -1
  store i64 %34, ptr %7, align 8
  %35 = icmp ne i64 %34, 0
  br i1 %35, label %22, label %36, !llvm.loop !9

36:                                               ; preds = %32
  %37 = load i32, ptr %5, align 4
  %38 = and i32 %37, 65535
  %39 = load i32, ptr %5, align 4
  %40 = lshr i32 %39, 16
  %41 = add i32 %38, %40
  store i32 %41, ptr %5, align 4
  %42 = load i32, ptr %6, align 4
  %43 = and i32 %42, 65535
  %44 = load i32, ptr %6, align 4
  %45 = lshr i32 %44, 16
  %46 = add i32 %43, %45
  store i32 %46, ptr %6, align 4
  br label %8, !llvm.loop !10

47:                                               ; preds = %8
  %48 = load i32, ptr %5, align 4
  %49 = and i32 %48, 65535
  %50 = load i32, ptr %5, align 4
  %51 = lshr i32 %50, 16
  %52 = add i32 %49, %51
  store i32 %52, ptr %5, align 4
  %53 = load i32, ptr %6, align 4
  %54 = and i32 %53, 65535
  %55 = load i32, ptr %6, align 4
  %56 = lshr i32 %55, 16
  %57 = add i32 %54, %56
  store i32 %57, ptr %6, align 4
  %58 = load i32, ptr %6, align 4
  %59 = shl i32 %58, 16
  %60 = load i32, ptr %5, align 4
  %61 = or i32 %59, %60
  ret i32 %61
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @digest(i32 noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  store i32 %0, ptr %5, align 4
  store ptr %1, ptr %6, align 8
  store i64 %2, ptr %7, align 8
  %8 = load i32, ptr %5, align 4
  switch i32 %8, label %23 [
    i32 0, label %9
    i32 1, label %13
    i32 2, label %18
  ]

9:                                                ; preds = %3
  %10 = load ptr, ptr %6, align 8
  %11 = load i64, ptr %7, align 8
  %12 = call i32 @adler32(ptr noundef %10, i64 noundef %11)
  store i32 %12, ptr %4, align 4
  br label %24

13:                                               ; preds = %3
  %14 = load ptr, ptr %6, align 8
  %15 = load i64, ptr %7, align 8
  %16 = call zeroext i16 @fletcher16(ptr noundef %14, i64 noundef %15)
  %17 = zext i16 %16 to i32
  store i32 %17, ptr %4, align 4
  br label %24

18:                                               ; preds = %3
  %19 = load ptr, ptr %6, align 8
  %20 = load i64, ptr %7, align 8
  %21 = udiv i64 %20, 2
  %22 = call i32 @fletcher32(ptr noundef %19, i64 noundef %21)
  store i32 %22, ptr %4, align 4
  br label %24

23:                                               ; preds = %3
  store i32 0, ptr %4, align 4
  br label %24

24:                                               ; preds = %23, %18, %13, %9
  %25 = load i32, ptr %4, align 4
  ret i32 %25
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
