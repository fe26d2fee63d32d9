source_filename = "sieve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@bits = internal global [512 x i8] zeroinitializer, align 16

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @count_primes(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %7 = load i32, ptr %2, align 4
  %8 = icmp sgt i32 %7, 4096
  br i1 %8, label %9, label %10

9:                                                ; preds = %1
  store i32 4096, ptr %2, align 4
  br label %10

10:                                               ; preds = %9, %1
  store i32 0, ptr %3, align 4
  br label %11

11:                                               ; preds = %18, %10
  %12 = load i32, ptr %3, align 4
  %13 = icmp slt i32 %12, 512
  br i1 %13, label %14, label %21

14:                                               ; preds = %11
  %15 = load i32, ptr %3, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [512 x i8], ptr @bits, i64 0, i64 %16
  store i8 0, ptr %17, align 1
  br label %18

18:                                               ; preds = %14
  %19 = load i32, ptr %3, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %3, align 4
  br label %11, !llvm.loop !5

21:                                               ; preds = %11
  store i32 0, ptr %4, align 4
  store i32 2, ptr %5, align 4
  br label %22

22:                                               ; preds = %68, %21
  %23 = load i32, ptr %5, align 4
  %24 = load i32, ptr %2, align 4
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %26, label %71

26:                                               ; preds = %22
  %27 = load i32, ptr %5, align 4
  %28 = ashr i32 %27, 3
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [512 x i8], ptr @bits, i64 0, i64 %29
  %31 = load i8, ptr %30, align 1
  %32 = zext i8 %31 to i32
  %33 = load i32, ptr %5, align 4
  %34 = and i32 %33, 7
  %35 = shl i32 1, %34
  %36 = and i32 %32, %35
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %38, label %39

38:                                               ; preds = %26
  br label %68

39:                                               ; preds = %26
  %40 = load i32, ptr %4, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %4, align 4
  %42 = load i32, ptr %5, align 4
  %43 = load i32, ptr %5, align 4
  %44 = mul nsw i32 %42, %43
  store i32 %44, ptr %6, align 4
  br label %45

45:                                               ; preds = %63, %39
  %46 = load i32, ptr %6, align 4
  %47 = load i32, ptr %2, align 4
  %48 = icmp slt i32 %46, %47
  br i1 %48, label %49, label %67

49:                                               ; preds = %45
  %50 = load i32, ptr %6, align 4
  %51 = and i32 %50, 7
  %52 = shl i32 1, %51
  %53 = trunc i32 %52 to i8
  %54 = zext i8 %53 to i32
  %55 = load i32, ptr %6, align 4
  %56 = ashr i32 %55, 3
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [512 x i8], ptr @bits, i64 0, i64 %57
  %59 = load i8, ptr %58, align 1
  %60 = zext i8 %59 to i32
  %61 = or i32 %60, %54
  %62 = trunc i32 %61 to i8
  store i8 %62, ptr %58, align 1
  br label %63

63:                                               ; preds = %49
  %64 = load i32, ptr %5, align 4
  %65 = load i32, ptr %6, align 4
  %66 = add nsw i32 %65, %64
  store i32 %66, ptr %6, align 4
  br label %45, !llvm.loop !7

67:                                               ; preds = %45
  br label %68

68:                                               ; preds = %67, %38
  %69 = load i32, ptr %5, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %5, align 4
  br label %22, !llvm.loop !8

71:                                               ; preds = %22
  %72 = load i32, ptr %4, align 4
  ret i32 %72
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
