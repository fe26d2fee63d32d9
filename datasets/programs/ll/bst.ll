source_filename = "bst.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@key = internal global [128 x i32] zeroinitializer, align 16
@left = internal global [128 x i32] zeroinitializer, align 16
@right = internal global [128 x i32] zeroinitializer, align 16
@count = internal global i32 0, align 4

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @bst_insert(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %8 = load i32, ptr %4, align 4
  %9 = icmp slt i32 %8, 0
  br i1 %9, label %10, label %13

10:                                               ; preds = %2
  %11 = load i32, ptr %5, align 4
  %12 = call i32 @new_node(i32 noundef %11)
  store i32 %12, ptr %3, align 4
  br label %43

13:                                               ; preds = %2
  %14 = load i32, ptr %4, align 4
  store i32 %14, ptr %6, align 4
  br label %15

15:                                               ; preds = %40, %13
  %16 = load i32, ptr %5, align 4
  %17 = load i32, ptr %6, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [128 x i32], ptr @key, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4
  %21 = icmp slt i32 %16, %20
  br i1 %21, label %22, label %26

22:                                               ; preds = %15
  %23 = load i32, ptr %6, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [128 x i32], ptr @left, i64 0, i64 %24
  br label %30

26:                                               ; preds = %15
  %27 = load i32, ptr %6, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [128 x i32], ptr @right, i64 0, i64 %28
  br label %30

30:                                               ; preds = %26, %22
  %31 = phi ptr [ %25, %22 ], [ %29, %26 ]
  store ptr %31, ptr %7, align 8
  %32 = load ptr, ptr %7, align 8
  %33 = load i32, ptr %32, align 4
  %34 = icmp slt i32 %33, 0
  br i1 %34, label %35, label %40

35:                                               ; preds = %30
  %36 = load i32, ptr %5, align 4
  %37 = call i32 @new_node(i32 noundef %36)
  %38 = load ptr, ptr %7, align 8
  store i32 %37, ptr %38, align 4
  %39 = load i32, ptr %4, align 4
  store i32 %39, ptr %3, align 4
  br label %43

40:                                               ; preds = %30
  %41 = load ptr, ptr %7, align 8
  %42 = load i32, ptr %41, align 4
  store i32 %42, ptr %6, align 4
  br label %15

43:                                               ; preds = %35, %10
  %44 = load i32, ptr %3, align 4
  ret i32 %44
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @new_node(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = load i32, ptr @count, align 4
  %5 = sext i32 %4 to i64
  %6 = getelementptr inbounds [128 x i32], ptr @key, i64 0, i64 %5
  store i32 %3, ptr %6, align 4
  %7 = load i32, ptr @count, align 4
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [128 x i32], ptr @right, i64 0, i64 %8
  store i32 -1, ptr %9, align 4
  %10 = load i32, ptr @count, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [128 x i32], ptr @left, i64 0, i64 %11
  store i32 -1, ptr %12, align 4
  %13 = load i32, ptr @count, align 4
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr @count, align 4
  ret i32 %13
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @bst_contains(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  br label %6

6:                                                ; preds = %34, %2
  %7 = load i32, ptr %4, align 4
  %8 = icmp sge i32 %7, 0
  br i1 %8, label %9, label %36

9:                                                ; preds = %6
  %10 = load i32, ptr %4, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [128 x i32], ptr @key, i64 0, i64 %11
  %13 = load i32, ptr %12, align 4
  %14 = load i32, ptr %5, align 4
  %15 = icmp eq i32 %13, %14
  br i1 %15, label %16, label %17

16:                                               ; preds = %9
  store i32 1, ptr %3, align 4
  br label %37

17:                                               ; preds = %9
  %18 = load i32, ptr %5, align 4
  %19 = load i32, ptr %4, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [128 x i32], ptr @key, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4
  %23 = icmp slt i32 %18, %22
  br i1 %23, label %24, label %29

24:                                               ; preds = %17
  %25 = load i32, ptr %4, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [128 x i32], ptr @left, i64 0, i64 %26
  %28 = load i32, ptr %27, align 4
  br label %34

29:                                               ; preds = %17
  %30 = load i32, ptr %4, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [128 x i32], ptr @right, i64 0, i64 %31
  %33 = load i32, ptr %32, align 4
  br label %34

34:                                               ; preds = %29, %24
  %35 = phi i32 [ %28, %24 ], [ %33, %29 ]
  store i32 %35, ptr %4, align 4
  br label %6, !llvm.loop !5

36:                                               ; preds = %6
  store i32 0, ptr %3, align 4
  br label %37

37:                                               ; preds = %36, %16
  %38 = load i32, ptr %3, align 4
  ret i32 %38
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @bst_height(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %8, label %9

8:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %30

9:                                                ; preds = %1
  %10 = load i32, ptr %3, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [128 x i32], ptr @left, i64 0, i64 %11
  %13 = load i32, ptr %12, align 4
  %14 = call i32 @bst_height(i32 noundef %13)
  store i32 %14, ptr %4, align 4
  %15 = load i32, ptr %3, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [128 x i32], ptr @right, i64 0, i64 %16
  %18 = load i32, ptr %17, align 4
  %19 = call i32 @bst_height(i32 noundef %18)
  store i32 %19, ptr %5, align 4
  %20 = load i32, ptr %4, align 4
  %21 = load i32, ptr %5, align 4
  %22 = icmp sgt i32 %20, %21
  br i1 %22, label %23, label %25

23:                                               ; preds = %9
  %24 = load i32, ptr %4, align 4
  br label %27

25:                                               ; preds = %9
  %26 = load i32, ptr %5, align 4
  br label %27

27:                                               ; preds = %25, %23
  %28 = phi i32 [ %24, %23 ], [ %26, %25 ]
  %29 = add nsw i32 1, %28
  store i32 %29, ptr %2, align 4
  br label %30

30:                                               ; preds = %27, %8
  %31 = load i32, ptr %2, align 4
  ret i32 %31
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
