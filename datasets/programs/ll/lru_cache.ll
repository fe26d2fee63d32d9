source_filename = "lru_cache.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.lru = type { [64 x %struct.entry.0], [128 x i32], i32, i32, i32, i32, i32 }
%struct.entry.0 = type { i32, i32, i32, i32 }

; Function Attrs: noinline nounwind uwtable
define dso_local void @lru_init(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %4

4:                                                ; preds = %13, %1
  %5 = load i32, ptr %3, align 4
  %6 = icmp slt i32 %5, 128
  br i1 %6, label %7, label %16

7:                                                ; preds = %4
  %8 = load ptr, ptr %2, align 8
  %9 = getelementptr inbounds nuw %struct.lru, ptr %8, i32 0, i32 1
  %10 = load i32, ptr %3, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [128 x i32], ptr %9, i64 0, i64 %11
  store i32 -1, ptr %12, align 4
  br label %13

13:                                               ; preds = %7
  %14 = load i32, ptr %3, align 4
  %15 = add nsw i32 %14, 1
  store i32 %15, ptr %3, align 4
  br label %4, !llvm.loop !5

16:                                               ; preds = %4
  %17 = load ptr, ptr %2, align 8
  %18 = getelementptr inbounds nuw %struct.lru, ptr %17, i32 0, i32 3
  store i32 -1, ptr %18, align 4
  %19 = load ptr, ptr %2, align 8
  %20 = getelementptr inbounds nuw %struct.lru, ptr %19, i32 0, i32 2
  store i32 -1, ptr %20, align 4
  %21 = load ptr, ptr %2, align 8
  %22 = getelementptr inbounds nuw %struct.lru, ptr %21, i32 0, i32 6
  store i32 0, ptr %22, align 4
  %23 = load ptr, ptr %2, align 8
  %24 = getelementptr inbounds nuw %struct.lru, ptr %23, i32 0, i32 5
  store i32 0, ptr %24, align 4
  %25 = load ptr, ptr %2, align 8
  %26 = getelementptr inbounds nuw %struct.lru, ptr %25, i32 0, i32 4
  store i32 0, ptr %26, align 4
  ret void
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @lru_get(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store ptr %2, ptr %7, align 8
  %10 = load ptr, ptr %5, align 8
  %11 = load i32, ptr %6, align 4
  %12 = call i32 @find_slot(ptr noundef %10, i32 noundef %11)
  store i32 %12, ptr %8, align 4
  %13 = load ptr, ptr %5, align 8
  %14 = getelementptr inbounds nuw %struct.lru, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %8, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [128 x i32], ptr %14, i64 0, i64 %16
  %18 = load i32, ptr %17, align 4
  %19 = icmp slt i32 %18, 0
  br i1 %19, label %20, label %25

20:                                               ; preds = %3
  %21 = load ptr, ptr %5, align 8
  %22 = getelementptr inbounds nuw %struct.lru, ptr %21, i32 0, i32 6
  %23 = load i32, ptr %22, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %22, align 4
  store i32 0, ptr %4, align 4
  br label %48

25:                                               ; preds = %3
  %26 = load ptr, ptr %5, align 8
  %27 = getelementptr inbounds nuw %struct.lru, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %8, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [128 x i32], ptr %27, i64 0, i64 %29
  %31 = load i32, ptr %30, align 4
  store i32 %31, ptr %9, align 4
  %32 = load ptr, ptr %5, align 8
  %33 = load i32, ptr %9, align 4
  call void @unlink_entry(ptr noundef %32, i32 noundef %33)
  %34 = load ptr, ptr %5, align 8
  %35 = load i32, ptr %9, align 4
  call void @push_front(ptr noundef %34, i32 noundef %35)
  %36 = load ptr, ptr %5, align 8
  %37 = getelementptr inbounds nuw %struct.lru, ptr %36, i32 0, i32 0
  %38 = load i32, ptr %9, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [64 x %struct.entry.0], ptr %37, i64 0, i64 %39
  %41 = getelementptr inbounds nuw %struct.entry.0, ptr %40, i32 0, i32 1
  %42 = load i32, ptr %41, align 4
  %43 = load ptr, ptr %7, align 8
  store i32 %42, ptr %43, align 4
  %44 = load ptr, ptr %5, align 8
  %45 = getelementptr inbounds nuw %struct.lru, ptr %44, i32 0, i32 5
  %46 = load i32, ptr %45, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %45, align 4
  store i32 1, ptr %4, align 4
  br label %48

48:                                               ; preds = %25, %20
  %49 = load i32, ptr %4, align 4
  ret i32 %49
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @find_slot(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %6 = load i32, ptr %4, align 4
  %7 = call i32 @hash(i32 noundef %6)
  store i32 %7, ptr %5, align 4
  br label %8

8:                                                ; preds = %33, %2
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds nuw %struct.lru, ptr %9, i32 0, i32 1
  %11 = load i32, ptr %5, align 4
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds nuw [128 x i32], ptr %10, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4
  %15 = icmp sge i32 %14, 0
  br i1 %15, label %16, label %31

16:                                               ; preds = %8
  %17 = load ptr, ptr %3, align 8
  %18 = getelementptr inbounds nuw %struct.lru, ptr %17, i32 0, i32 0
  %19 = load ptr, ptr %3, align 8
  %20 = getelementptr inbounds nuw %struct.lru, ptr %19, i32 0, i32 1
  %21 = load i32, ptr %5, align 4
  %22 = zext i32 %21 to i64
  %23 = getelementptr inbounds nuw [128 x i32], ptr %20, i64 0, i64 %22
  %24 = load i32, ptr %23, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [64 x %struct.entry.0], ptr %18, i64 0, i64 %25
  %27 = getelementptr inbounds nuw %struct.entry.0, ptr %26, i32 0, i32 0
  %28 = load i32, ptr %27, align 4
  %29 = load i32, ptr %4, align 4
  %30 = icmp ne i32 %28, %29
  br label %31

31:                                               ; preds = %16, %8
  %32 = phi i1 [ false, %8 ], [ %30, %16 ]
  br i1 %32, label %33, label %37

33:                                               ; preds = %31
  %34 = load i32, ptr %5, align 4
  %35 = add i32 %34, 1
  %36 = urem i32 %35, 128
  store i32 %36, ptr %5, align 4
  br label %8, !llvm.loop !7

37:                                               ; preds = %31
  %38 = load i32, ptr %5, align 4
  ret i32 %38
}

; Function Attrs: noinline nounwind uwtable
define internal void @unlink_entry(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %struct.lru, ptr %5, i32 0, i32 0
  %7 = load i32, ptr %4, align 4
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [64 x %struct.entry.0], ptr %6, i64 0, i64 %8
  %10 = getelementptr inbounds nuw %struct.entry.0, ptr %9, i32 0, i32 2
  %11 = load i32, ptr %10, align 4
  %12 = icmp sge i32 %11, 0
  br i1 %12, label %13, label %33

13:                                               ; preds = %2
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds nuw %struct.lru, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %4, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [64 x %struct.entry.0], ptr %15, i64 0, i64 %17
  %19 = getelementptr inbounds nuw %struct.entry.0, ptr %18, i32 0, i32 3
  %20 = load i32, ptr %19, align 4
  %21 = load ptr, ptr %3, align 8
  %22 = getelementptr inbounds nuw %struct.lru, ptr %21, i32 0, i32 0
  %23 = load ptr, ptr %3, align 8
  %24 = getelementptr inbounds nuw %struct.lru, ptr %23, i32 0, i32 0
  %25 = load i32, ptr %4, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [64 x %struct.entry.0], ptr %24, i64 0, i64 %26
  %28 = getelementptr inbounds nuw %struct.entry.0, ptr %27, i32 0, i32 2
  %29 = load i32, ptr %28, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [64 x %struct.entry.0], ptr %22, i64 0, i64 %30
  %32 = getelementptr inbounds nuw %struct.entry.0, ptr %31, i32 0, i32 3
  store i32 %20, ptr %32, align 4
  br label %43

33:                                               ; preds = %2
  %34 = load ptr, ptr %3, align 8
  %35 = getelementptr inbounds nuw %struct.lru, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %4, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [64 x %struct.entry.0], ptr %35, i64 0, i64 %37
  %39 = getelementptr inbounds nuw %struct.entry.0, ptr %38, i32 0, i32 3
  %40 = load i32, ptr %39, align 4
  %41 = load ptr, ptr %3, align 8
  %42 = getelementptr inbounds nuw %struct.lru, ptr %41, i32 0, i32 2
  store i32 %40, ptr %42, align 4
  br label %43

43:                                               ; preds = %33, %13
  %44 = load ptr, ptr %3, align 8
  %45 = getelementptr inbounds nuw %struct.lru, ptr %44, i32 0, i32 0
  %46 = load i32, ptr %4, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [64 x %struct.entry.0], ptr %45, i64 0, i64 %47
  %49 = getelementptr inbounds nuw %struct.entry.0, ptr %48, i32 0, i32 3
  %50 = load i32, ptr %49, align 4
  %51 = icmp sge i32 %50, 0
  br i1 %51, label %52, label %72

52:                                               ; preds = %43
  %53 = load ptr, ptr %3, align 8
  %54 = getelementptr inbounds nuw %struct.lru, ptr %53, i32 0, i32 0
  %55 = load i32, ptr %4, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [64 x %struct.entry.0], ptr %54, i64 0, i64 %56
  %58 = getelementptr inbounds nuw %struct.entry.0, ptr %57, i32 0, i32 2
  %59 = load i32, ptr %58, align 4
  %60 = load ptr, ptr %3, align 8
  %61 = getelementptr inbounds nuw %struct.lru, ptr %60, i32 0, i32 0
  %62 = load ptr, ptr %3, align 8
  %63 = getelementptr inbounds nuw %struct.lru, ptr %62, i32 0, i32 0
  %64 = load i32, ptr %4, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [64 x %struct.entry.0], ptr %63, i64 0, i64 %65
  %67 = getelementptr inbounds nuw %struct.entry.0, ptr %66, i32 0, i32 3
  %68 = load i32, ptr %67, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [64 x %struct.entry.0], ptr %61, i64 0, i64 %69
  %71 = getelementptr inbounds nuw %struct.entry.0, ptr %70, i32 0, i32 2
  store i32 %59, ptr %71, align 4
  br label %82

72:                                               ; preds = %43
  %73 = load ptr, ptr %3, align 8
  %74 = getelementptr inbounds nuw %struct.lru, ptr %73, i32 0, i32 0
  %75 = load i32, ptr %4, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [64 x %struct.entry.0], ptr %74, i64 0, i64 %76
  %78 = getelementptr inbounds nuw %struct.entry.0, ptr %77, i32 0, i32 2
  %79 = load i32, ptr %78, align 4
  %80 = load ptr, ptr %3, align 8
  %81 = getelementptr inbounds nuw %struct.lru, ptr %80, i32 0, i32 3
  store i32 %79, ptr %81, align 4
  br label %82

82:                                               ; preds = %72, %52
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal void @push_front(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %struct.lru, ptr %5, i32 0, i32 0
  %7 = load i32, ptr %4, align 4
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [64 x %struct.entry.0], ptr %6, i64 0, i64 %8
  %10 = getelementptr inbounds nuw %struct.entry.0, ptr %9, i32 0, i32 2
  store i32 -1, ptr %10, align 4
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds nuw %struct.lru, ptr %11, i32 0, i32 2
  %13 = load i32, ptr %12, align 4
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds nuw %struct.lru, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %4, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [64 x %struct.entry.0], ptr %15, i64 0, i64 %17
  %19 = getelementptr inbounds nuw %struct.entry.0, ptr %18, i32 0, i32 3
  store i32 %13, ptr %19, align 4
  %20 = load ptr, ptr %3, align 8
  %21 = getelementptr inbounds nuw %struct.lru, ptr %20, i32 0, i32 2
  %22 = load i32, ptr %21, align 4
  %23 = icmp sge i32 %22, 0
  br i1 %23, label %24, label %34

24:                                               ; preds = %2
  %25 = load i32, ptr %4, align 4
  %26 = load ptr, ptr %3, align 8
  %27 = getelementptr inbounds nuw %struct.lru, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %3, align 8
  %29 = getelementptr inbounds nuw %struct.lru, ptr %28, i32 0, i32 2
  %30 = load i32, ptr %29, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [64 x %struct.entry.0], ptr %27, i64 0, i64 %31
  %33 = getelementptr inbounds nuw %struct.entry.0, ptr %32, i32 0, i32 2
  store i32 %25, ptr %33, align 4
  br label %34

34:                                               ; preds = %24, %2
  %35 = load i32, ptr %4, align 4
  %36 = load ptr, ptr %3, align 8
  %37 = getelementptr inbounds nuw %struct.lru, ptr %36, i32 0, i32 2
  store i32 %35, ptr %37, align 4
  %38 = load ptr, ptr %3, align 8
  %39 = getelementptr inbounds nuw %struct.lru, ptr %38, i32 0, i32 3
  %40 = load i32, ptr %39, align 4
  %41 = icmp slt i32 %40, 0
  br i1 %41, label %42, label %46

42:                                               ; preds = %34
  %43 = load i32, ptr %4, align 4
  %44 = load ptr, ptr %3, align 8
  %45 = getelementptr inbounds nuw %struct.lru, ptr %44, i32 0, i32 3
  store i32 %43, ptr %45, align 4
  br label %46

46:                                               ; preds = %42, %34
  ret void
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @lru_put(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %9 = load ptr, ptr %4, align 8
  %10 = load i32, ptr %5, align 4
  %11 = call i32 @find_slot(ptr noundef %9, i32 noundef %10)
  store i32 %11, ptr %7, align 4
  %12 = load ptr, ptr %4, align 8
  %13 = getelementptr inbounds nuw %struct.lru, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %7, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [128 x i32], ptr %13, i64 0, i64 %15
  %17 = load i32, ptr %16, align 4
  %18 = icmp sge i32 %17, 0
  br i1 %18, label %19, label %28

19:                                               ; preds = %3
  %20 = load ptr, ptr %4, align 8
  %21 = getelementptr inbounds nuw %struct.lru, ptr %20, i32 0, i32 1
  %22 = load i32, ptr %7, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [128 x i32], ptr %21, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4
  store i32 %25, ptr %8, align 4
  %26 = load ptr, ptr %4, align 8
  %27 = load i32, ptr %8, align 4
  call void @unlink_entry(ptr noundef %26, i32 noundef %27)
  br label %69

28:                                               ; preds = %3
  %29 = load ptr, ptr %4, align 8
  %30 = getelementptr inbounds nuw %struct.lru, ptr %29, i32 0, i32 4
  %31 = load i32, ptr %30, align 4
  %32 = icmp slt i32 %31, 64
  br i1 %32, label %33, label %44

33:                                               ; preds = %28
  %34 = load ptr, ptr %4, align 8
  %35 = getelementptr inbounds nuw %struct.lru, ptr %34, i32 0, i32 4
  %36 = load i32, ptr %35, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %35, align 4
  store i32 %36, ptr %8, align 4
  %38 = load i32, ptr %8, align 4
  %39 = load ptr, ptr %4, align 8
  %40 = getelementptr inbounds nuw %struct.lru, ptr %39, i32 0, i32 1
  %41 = load i32, ptr %7, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [128 x i32], ptr %40, i64 0, i64 %42
  store i32 %38, ptr %43, align 4
  br label %68

44:                                               ; preds = %28
  %45 = load ptr, ptr %4, align 8
  %46 = getelementptr inbounds nuw %struct.lru, ptr %45, i32 0, i32 3
  %47 = load i32, ptr %46, align 4
  store i32 %47, ptr %8, align 4
  %48 = load ptr, ptr %4, align 8
  %49 = load i32, ptr %8, align 4
  call void @unlink_entry(ptr noundef %48, i32 noundef %49)
  %50 = load ptr, ptr %4, align 8
  %51 = load ptr, ptr %4, align 8
  %52 = load ptr, ptr %4, align 8
  %53 = getelementptr inbounds nuw %struct.lru, ptr %52, i32 0, i32 0
  %54 = load i32, ptr %8, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [64 x %struct.entry.0], ptr %53, i64 0, i64 %55
  %57 = getelementptr inbounds nuw %struct.entry.0, ptr %56, i32 0, i32 0
  %58 = load i32, ptr %57, align 4
  %59 = call i32 @find_slot(ptr noundef %51, i32 noundef %58)
  call void @erase_slot(ptr noundef %50, i32 noundef %59)
  %60 = load i32, ptr %8, align 4
  %61 = load ptr, ptr %4, align 8
  %62 = getelementptr inbounds nuw %struct.lru, ptr %61, i32 0, i32 1
  %63 = load ptr, ptr %4, align 8
  %64 = load i32, ptr %5, align 4
  %65 = call i32 @find_slot(ptr noundef %63, i32 noundef %64)
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [128 x i32], ptr %62, i64 0, i64 %66
  store i32 %60, ptr %67, align 4
  br label %68

68:                                               ; preds = %44, %33
  br label %69

69:                                               ; preds = %68, %19
  %70 = load i32, ptr %5, align 4
  %71 = load ptr, ptr %4, align 8
  %72 = getelementptr inbounds nuw %struct.lru, ptr %71, i32 0, i32 0
  %73 = load i32, ptr %8, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [64 x %struct.entry.0], ptr %72, i64 0, i64 %74
  %76 = getelementptr inbounds nuw %struct.entry.0, ptr %75, i32 0, i32 0
  store i32 %70, ptr %76, align 4
  %77 = load i32, ptr %6, align 4
  %78 = load ptr, ptr %4, align 8
  %79 = getelementptr inbounds nuw %struct.lru, ptr %78, i32 0, i32 0
  %80 = load i32, ptr %8, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [64 x %struct.entry.0], ptr %79, i64 0, i64 %81
  %83 = getelementptr inbounds nuw %struct.entry.0, ptr %82, i32 0, i32 1
  store i32 %77, ptr %83, align 4
  %84 = load ptr, ptr %4, align 8
  %85 = load i32, ptr %8, align 4
  call void @push_front(ptr noundef %84, i32 noundef %85)
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal void @erase_slot(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds nuw %struct.lru, ptr %7, i32 0, i32 1
  %9 = load i32, ptr %4, align 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [128 x i32], ptr %8, i64 0, i64 %10
  store i32 -1, ptr %11, align 4
  %12 = load i32, ptr %4, align 4
  %13 = add nsw i32 %12, 1
  %14 = srem i32 %13, 128
  store i32 %14, ptr %5, align 4
  br label %15

15:                                               ; preds = %49, %2
  %16 = load ptr, ptr %3, align 8
  %17 = getelementptr inbounds nuw %struct.lru, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %5, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [128 x i32], ptr %17, i64 0, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = icmp sge i32 %21, 0
  br i1 %22, label %23, label %53

23:                                               ; preds = %15
  %24 = load ptr, ptr %3, align 8
  %25 = getelementptr inbounds nuw %struct.lru, ptr %24, i32 0, i32 1
  %26 = load i32, ptr %5, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [128 x i32], ptr %25, i64 0, i64 %27
  %29 = load i32, ptr %28, align 4
  store i32 %29, ptr %6, align 4
  %30 = load ptr, ptr %3, align 8
  %31 = getelementptr inbounds nuw %struct.lru, ptr %30, i32 0, i32 1
  %32 = load i32, ptr %5, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [128 x i32], ptr %31, i64 0, i64 %33
  store i32 -1, ptr %34, align 4
  %35 = load i32, ptr %6, align 4
  %36 = load ptr, ptr %3, align 8
  %37 = getelementptr inbounds nuw %struct.lru, ptr %36, i32 0, i32 1
  %38 = load ptr, ptr %3, align 8
  %39 = load ptr, ptr %3, align 8
  %40 = getelementptr inbounds nuw %struct.lru, ptr %39, i32 0, i32 0
  %41 = load i32, ptr %6, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [64 x %struct.entry.0], ptr %40, i64 0, i64 %42
  %44 = getelementptr inbounds nuw %struct.entry.0, ptr %43, i32 0, i32 0
  %45 = load i32, ptr %44, align 4
  %46 = call i32 @find_slot(ptr noundef %38, i32 noundef %45)
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [128 x i32], ptr %37, i64 0, i64 %47
  store i32 %35, ptr %48, align 4
  br label %49

49:                                               ; preds = %23
  %50 = load i32, ptr %5, align 4
  %51 = add nsw i32 %50, 1
  %52 = srem i32 %51, 128
  store i32 %52, ptr %5, align 4
  br label %15, !llvm.loop !8

53:                                               ; preds = %15
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @hash(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = mul i32 %3, -1640531535
  %5 = lshr i32 %4, 25
  ret i32 %5
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
