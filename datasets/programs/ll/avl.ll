source_filename = "avl.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.avl_node = type { i32, i32, i32, i32, i32 }
%struct.avl = type { [512 x %struct.avl_node], i32 }

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @avl_insert(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca %struct.avl_node, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  %10 = load i32, ptr %6, align 4
  %11 = icmp slt i32 %10, 0
  br i1 %11, label %12, label %36

12:                                               ; preds = %3
  %13 = load ptr, ptr %5, align 8
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 4
  %16 = icmp eq i32 %15, 512
  br i1 %16, label %17, label %19

17:                                               ; preds = %12
  %18 = load i32, ptr %6, align 4
  store i32 %18, ptr %4, align 4
  br label %97

19:                                               ; preds = %12
  %20 = load ptr, ptr %5, align 8
  %21 = getelementptr inbounds nuw %struct.avl, ptr %20, i32 0, i32 1
  %22 = load i32, ptr %21, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %21, align 4
  store i32 %22, ptr %8, align 4
  %24 = load ptr, ptr %5, align 8
  %25 = getelementptr inbounds nuw %struct.avl, ptr %24, i32 0, i32 0
  %26 = load i32, ptr %8, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [512 x %struct.avl_node], ptr %25, i64 0, i64 %27
  %29 = getelementptr inbounds nuw %struct.avl_node, ptr %9, i32 0, i32 0
  %30 = load i32, ptr %7, align 4
  store i32 %30, ptr %29, align 4
  %31 = getelementptr inbounds nuw %struct.avl_node, ptr %9, i32 0, i32 1
  store i32 -1, ptr %31, align 4
  %32 = getelementptr inbounds nuw %struct.avl_node, ptr %9, i32 0, i32 2
  store i32 -1, ptr %32, align 4
  %33 = getelementptr inbounds nuw %struct.avl_node, ptr %9, i32 0, i32 3
  store i32 1, ptr %33, align 4
  %34 = getelementptr inbounds nuw %struct.avl_node, ptr %9, i32 0, i32 4
  store i32 1, ptr %34, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %28, ptr align 4 %9, i64 20, i1 false)
  %35 = load i32, ptr %8, align 4
  store i32 %35, ptr %4, align 4
  br label %97

36:                                               ; preds = %3
  %37 = load i32, ptr %7, align 4
  %38 = load ptr, ptr %5, align 8
  %39 = getelementptr inbounds nuw %struct.avl, ptr %38, i32 0, i32 0
  %40 = load i32, ptr %6, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [512 x %struct.avl_node], ptr %39, i64 0, i64 %41
  %43 = getelementptr inbounds nuw %struct.avl_node, ptr %42, i32 0, i32 0
  %44 = load i32, ptr %43, align 4
  %45 = icmp slt i32 %37, %44
  br i1 %45, label %46, label %63

46:                                               ; preds = %36
  %47 = load ptr, ptr %5, align 8
  %48 = load ptr, ptr %5, align 8
  %49 = getelementptr inbounds nuw %struct.avl, ptr %48, i32 0, i32 0
  %50 = load i32, ptr %6, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [512 x %struct.avl_node], ptr %49, i64 0, i64 %51
  %53 = getelementptr inbounds nuw %struct.avl_node, ptr %52, i32 0, i32 1
  %54 = load i32, ptr %53, align 4
  %55 = load i32, ptr %7, align 4
  %56 = call i32 @avl_insert(ptr noundef %47, i32 noundef %54, i32 noundef %55)
  %57 = load ptr, ptr %5, align 8
  %58 = getelementptr inbounds nuw %struct.avl, ptr %57, i32 0, i32 0
  %59 = load i32, ptr %6, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [512 x %struct.avl_node], ptr %58, i64 0, i64 %60
  %62 = getelementptr inbounds nuw %struct.avl_node, ptr %61, i32 0, i32 1
  store i32 %56, ptr %62, align 4
  br label %93

63:                                               ; preds = %36
  %64 = load i32, ptr %7, align 4
  %65 = load ptr, ptr %5, align 8
  %66 = getelementptr inbounds nuw %struct.avl, ptr %65, i32 0, i32 0
  %67 = load i32, ptr %6, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [512 x %struct.avl_node], ptr %66, i64 0, i64 %68
  %70 = getelementptr inbounds nuw %struct.avl_node, ptr %69, i32 0, i32 0
  %71 = load i32, ptr %70, align 4
  %72 = icmp sgt i32 %64, %71
  br i1 %72, label %73, label %90

73:                                               ; preds = %63
  %74 = load ptr, ptr %5, align 8
  %75 = load ptr, ptr %5, align 8
  %76 = getelementptr inbounds nuw %struct.avl, ptr %75, i32 0, i32 0
  %77 = load i32, ptr %6, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [512 x %struct.avl_node], ptr %76, i64 0, i64 %78
  %80 = getelementptr inbounds nuw %struct.avl_node, ptr %79, i32 0, i32 2
  %81 = load i32, ptr %80, align 4
  %82 = load i32, ptr %7, align 4
  %83 = call i32 @avl_insert(ptr noundef %74, i32 noundef %81, i32 noundef %82)
  %84 = load ptr, ptr %5, align 8
  %85 = getelementptr inbounds nuw %struct.avl, ptr %84, i32 0, i32 0
  %86 = load i32, ptr %6, align 4
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [512 x %struct.avl_node], ptr %85, i64 0, i64 %87
  %89 = getelementptr inbounds nuw %struct.avl_node, ptr %88, i32 0, i32 2
  store i32 %83, ptr %89, align 4
  br label %92

90:                                               ; preds = %63
  %91 = load i32, ptr %6, align 4
  store i32 %91, ptr %4, align 4
  br label %97

92:                                               ; preds = %73
  br label %93

93:                                               ; preds = %92, %46
  %94 = load ptr, ptr %5, align 8
  %95 = load i32, ptr %6, align 4
  %96 = call i32 @balance(ptr noundef %94, i32 noundef %95)
  store i32 %96, ptr %4, align 4
  br label %97

97:                                               ; preds = %93, %90, %19, %17
  %98 = load i32, ptr %4, align 4
  ret i32 %98
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: noinline nounwind uwtable
define internal i32 @balance(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  %7 = load ptr, ptr %4, align 8
  %8 = load i32, ptr %5, align 4
  call void @update(ptr noundef %7, i32 noundef %8)
  %9 = load ptr, ptr %4, align 8
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds nuw %struct.avl, ptr %10, i32 0, i32 0
  %12 = load i32, ptr %5, align 4
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [512 x %struct.avl_node], ptr %11, i64 0, i64 %13
  %15 = getelementptr inbounds nuw %struct.avl_node, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4
  %17 = call i32 @height(ptr noundef %9, i32 noundef %16)
  %18 = load ptr, ptr %4, align 8
  %19 = load ptr, ptr %4, align 8
  %20 = getelementptr inbounds nuw %struct.avl, ptr %19, i32 0, i32 0
  %21 = load i32, ptr %5, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [512 x %struct.avl_node], ptr %20, i64 0, i64 %22
  %24 = getelementptr inbounds nuw %struct.avl_node, ptr %23, i32 0, i32 2
  %25 = load i32, ptr %24, align 4
  %26 = call i32 @height(ptr noundef %18, i32 noundef %25)
  %27 = sub nsw i32 %17, %26
  store i32 %27, ptr %6, align 4
  %28 = load i32, ptr %6, align 4
  %29 = icmp sgt i32 %28, 1
  br i1 %29, label %30, label %82

30:                                               ; preds = %2
  %31 = load ptr, ptr %4, align 8
  %32 = load ptr, ptr %4, align 8
  %33 = getelementptr inbounds nuw %struct.avl, ptr %32, i32 0, i32 0
  %34 = load ptr, ptr %4, align 8
  %35 = getelementptr inbounds nuw %struct.avl, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %5, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [512 x %struct.avl_node], ptr %35, i64 0, i64 %37
  %39 = getelementptr inbounds nuw %struct.avl_node, ptr %38, i32 0, i32 1
  %40 = load i32, ptr %39, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [512 x %struct.avl_node], ptr %33, i64 0, i64 %41
  %43 = getelementptr inbounds nuw %struct.avl_node, ptr %42, i32 0, i32 1
  %44 = load i32, ptr %43, align 4
  %45 = call i32 @height(ptr noundef %31, i32 noundef %44)
  %46 = load ptr, ptr %4, align 8
  %47 = load ptr, ptr %4, align 8
  %48 = getelementptr inbounds nuw %struct.avl, ptr %47, i32 0, i32 0
  %49 = load ptr, ptr %4, align 8
  %50 = getelementptr inbounds nuw %struct.avl, ptr %49, i32 0, i32 0
  %51 = load i32, ptr %5, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [512 x %struct.avl_node], ptr %50, i64 0, i64 %52
  %54 = getelementptr inbounds nuw %struct.avl_node, ptr %53, i32 0, i32 1
  %55 = load i32, ptr %54, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [512 x %struct.avl_node], ptr %48, i64 0, i64 %56
  %58 = getelementptr inbounds nuw %struct.avl_node, ptr %57, i32 0, i32 2
  %59 = load i32, ptr %58, align 4
  %60 = call i32 @height(ptr noundef %46, i32 noundef %59)
  %61 = icmp slt i32 %45, %60
  br i1 %61, label %62, label %78

62:                                               ; preds = %30
  %63 = load ptr, ptr %4, align 8
  %64 = load ptr, ptr %4, align 8
  %65 = getelementptr inbounds nuw %struct.avl, ptr %64, i32 0, i32 0
  %66 = load i32, ptr %5, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [512 x %struct.avl_node], ptr %65, i64 0, i64 %67
  %69 = getelementptr inbounds nuw %struct.avl_node, ptr %68, i32 0, i32 1
  %70 = load i32, ptr %69, align 4
  %71 = call i32 @rotate_left(ptr noundef %63, i32 noundef %70)
  %72 = load ptr, ptr %4, align 8
  %73 = getelementptr inbounds nuw %struct.avl, ptr %72, i32 0, i32 0
  %74 = load i32, ptr %5, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [512 x %struct.avl_node], ptr %73, i64 0, i64 %75
  %77 = getelementptr inbounds nuw %struct.avl_node, ptr %76, i32 0, i32 1
  store i32 %71, ptr %77, align 4
  br label %78

78:                                               ; preds = %62, %30
  %79 = load ptr, ptr %4, align 8
  %80 = load i32, ptr %5, align 4
  %81 = call i32 @rotate_right(ptr noundef %79, i32 noundef %80)
  store i32 %81, ptr %3, align 4
  br label %139

82:                                               ; preds = %2
  %83 = load i32, ptr %6, align 4
  %84 = icmp slt i32 %83, -1
  br i1 %84, label %85, label %137

85:                                               ; preds = %82
  %86 = load ptr, ptr %4, align 8
  %87 = load ptr, ptr %4, align 8
  %88 = getelementptr inbounds nuw %struct.avl, ptr %87, i32 0, i32 0
  %89 = load ptr, ptr %4, align 8
  %90 = getelementptr inbounds nuw %struct.avl, ptr %89, i32 0, i32 0
  %91 = load i32, ptr %5, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [512 x %struct.avl_node], ptr %90, i64 0, i64 %92
  %94 = getelementptr inbounds nuw %struct.avl_node, ptr %93, i32 0, i32 2
  %95 = load i32, ptr %94, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [512 x %struct.avl_node], ptr %88, i64 0, i64 %96
  %98 = getelementptr inbounds nuw %struct.avl_node, ptr %97, i32 0, i32 2
  %99 = load i32, ptr %98, align 4
  %100 = call i32 @height(ptr noundef %86, i32 noundef %99)
  %101 = load ptr, ptr %4, align 8
  %102 = load ptr, ptr %4, align 8
  %103 = getelementptr inbounds nuw %struct.avl, ptr %102, i32 0, i32 0
  %104 = load ptr, ptr %4, align 8
  %105 = getelementptr inbounds nuw %struct.avl, ptr %104, i32 0, i32 0
  %106 = load i32, ptr %5, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [512 x %struct.avl_node], ptr %105, i64 0, i64 %107
  %109 = getelementptr inbounds nuw %struct.avl_node, ptr %108, i32 0, i32 2
  %110 = load i32, ptr %109, align 4
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [512 x %struct.avl_node], ptr %103, i64 0, i64 %111
  %113 = getelementptr inbounds nuw %struct.avl_node, ptr %112, i32 0, i32 1
  %114 = load i32, ptr %113, align 4
  %115 = call i32 @height(ptr noundef %101, i32 noundef %114)
  %116 = icmp slt i32 %100, %115
  br i1 %116, label %117, label %133

117:                                              ; preds = %85
  %118 = load ptr, ptr %4, align 8
  %119 = load ptr, ptr %4, align 8
  %120 = getelementptr inbounds nuw %struct.avl, ptr %119, i32 0, i32 0
  %121 = load i32, ptr %5, align 4
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds [512 x %struct.avl_node], ptr %120, i64 0, i64 %122
  %124 = getelementptr inbounds nuw %struct.avl_node, ptr %123, i32 0, i32 2
  %125 = load i32, ptr %124, align 4
  %126 = call i32 @rotate_right(ptr noundef %118, i32 noundef %125)
  %127 = load ptr, ptr %4, align 8
  %128 = getelementptr inbounds nuw %struct.avl, ptr %127, i32 0, i32 0
  %129 = load i32, ptr %5, align 4
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds [512 x %struct.avl_node], ptr %128, i64 0, i64 %130
  %132 = getelementptr inbounds nuw %struct.avl_node, ptr %131, i32 0, i32 2
  store i32 %126, ptr %132, align 4
  br label %133

133:                                              ; preds = %117, %85
  %134 = load ptr, ptr %4, align 8
  %135 = load i32, ptr %5, align 4
  %136 = call i32 @rotate_left(ptr noundef %134, i32 noundef %135)
  store i32 %136, ptr %3, align 4
  br label %139

137:                                              ; preds = %82
  %138 = load i32, ptr %5, align 4
  store i32 %138, ptr %3, align 4
  br label %139

139:                                              ; preds = %137, %133, %78
  %140 = load i32, ptr %3, align 4
  ret i32 %140
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @avl_rank(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %8

8:                                                ; preds = %49, %3
  %9 = load i32, ptr %5, align 4
  %10 = icmp sge i32 %9, 0
  br i1 %10, label %11, label %50

11:                                               ; preds = %8
  %12 = load i32, ptr %6, align 4
  %13 = load ptr, ptr %4, align 8
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %5, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [512 x %struct.avl_node], ptr %14, i64 0, i64 %16
  %18 = getelementptr inbounds nuw %struct.avl_node, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %18, align 4
  %20 = icmp sle i32 %12, %19
  br i1 %20, label %21, label %29

21:                                               ; preds = %11
  %22 = load ptr, ptr %4, align 8
  %23 = getelementptr inbounds nuw %struct.avl, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %5, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [512 x %struct.avl_node], ptr %23, i64 0, i64 %25
  %27 = getelementptr inbounds nuw %struct.avl_node, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4
  store i32 %28, ptr %5, align 4
  br label %49

29:                                               ; preds = %11
  %30 = load ptr, ptr %4, align 8
  %31 = load ptr, ptr %4, align 8
  %32 = getelementptr inbounds nuw %struct.avl, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %5, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [512 x %struct.avl_node], ptr %32, i64 0, i64 %34
  %36 = getelementptr inbounds nuw %struct.avl_node, ptr %35, i32 0, i32 1
  %37 = load i32, ptr %36, align 4
  %38 = call i32 @size(ptr noundef %30, i32 noundef %37)
  %39 = add nsw i32 1, %38
  %40 = load i32, ptr %7, align 4
  %41 = add nsw i32 %40, %39
  store i32 %41, ptr %7, align 4
  %42 = load ptr, ptr %4, align 8
  %43 = getelementptr inbounds nuw %struct.avl, ptr %42, i32 0, i32 0
  %44 = load i32, ptr %5, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [512 x %struct.avl_node], ptr %43, i64 0, i64 %45
  %47 = getelementptr inbounds nuw %struct.avl_node, ptr %46, i32 0, i32 2
  %48 = load i32, ptr %47, align 4
  store i32 %48, ptr %5, align 4
  br label %49

49:                                               ; preds = %29, %21
  br label %8, !llvm.loop !5

50:                                               ; preds = %8
  %51 = load i32, ptr %7, align 4
  ret i32 %51
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @size(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %7, label %8

7:                                                ; preds = %2
  br label %16

8:                                                ; preds = %2
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds nuw %struct.avl, ptr %9, i32 0, i32 0
  %11 = load i32, ptr %4, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [512 x %struct.avl_node], ptr %10, i64 0, i64 %12
  %14 = getelementptr inbounds nuw %struct.avl_node, ptr %13, i32 0, i32 4
  %15 = load i32, ptr %14, align 4
  br label %16

16:                                               ; preds = %8, %7
  %17 = phi i32 [ 0, %7 ], [ %15, %8 ]
  ret i32 %17
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @avl_height(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = call i32 @height(ptr noundef %5, i32 noundef %6)
  ret i32 %7
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @height(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %7, label %8

7:                                                ; preds = %2
  br label %16

8:                                                ; preds = %2
  %9 = load ptr, ptr %3, align 8
  %10 = getelementptr inbounds nuw %struct.avl, ptr %9, i32 0, i32 0
  %11 = load i32, ptr %4, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [512 x %struct.avl_node], ptr %10, i64 0, i64 %12
  %14 = getelementptr inbounds nuw %struct.avl_node, ptr %13, i32 0, i32 3
  %15 = load i32, ptr %14, align 4
  br label %16

16:                                               ; preds = %8, %7
  %17 = phi i32 [ 0, %7 ], [ %15, %8 ]
  ret i32 %17
}

; Function Attrs: noinline nounwind uwtable
define internal void @update(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %6 = load ptr, ptr %3, align 8
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %4, align 4
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds [512 x %struct.avl_node], ptr %7, i64 0, i64 %9
  store ptr %10, ptr %5, align 8
  %11 = load ptr, ptr %3, align 8
  %12 = load ptr, ptr %5, align 8
  %13 = getelementptr inbounds nuw %struct.avl_node, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 4
  %15 = call i32 @height(ptr noundef %11, i32 noundef %14)
  %16 = load ptr, ptr %3, align 8
  %17 = load ptr, ptr %5, align 8
  %18 = getelementptr inbounds nuw %struct.avl_node, ptr %17, i32 0, i32 2
  %19 = load i32, ptr %18, align 4
  %20 = call i32 @height(ptr noundef %16, i32 noundef %19)
  %21 = call i32 @max(i32 noundef %15, i32 noundef %20)
  %22 = add nsw i32 1, %21
  %23 = load ptr, ptr %5, align 8
  %24 = getelementptr inbounds nuw %struct.avl_node, ptr %23, i32 0, i32 3
  store i32 %22, ptr %24, align 4
  %25 = load ptr, ptr %3, align 8
  %26 = load ptr, ptr %5, align 8
  %27 = getelementptr inbounds nuw %struct.avl_node, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4
  %29 = call i32 @size(ptr noundef %25, i32 noundef %28)
  %30 = add nsw i32 1, %29
  %31 = load ptr, ptr %3, align 8
  %32 = load ptr, ptr %5, align 8
  %33 = getelementptr inbounds nuw %struct.avl_node, ptr %32, i32 0, i32 2
  %34 = load i32, ptr %33, align 4
  %35 = call i32 @size(ptr noundef %31, i32 noundef %34)
  %36 = add nsw i32 %30, %35
  %37 = load ptr, ptr %5, align 8
  %38 = getelementptr inbounds nuw %struct.avl_node, ptr %37, i32 0, i32 4
  store i32 %36, ptr %38, align 4
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @rotate_left(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %6 = load ptr, ptr %3, align 8
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %4, align 4
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds [512 x %struct.avl_node], ptr %7, i64 0, i64 %9
  %11 = getelementptr inbounds nuw %struct.avl_node, ptr %10, i32 0, i32 2
  %12 = load i32, ptr %11, align 4
  store i32 %12, ptr %5, align 4
  %13 = load ptr, ptr %3, align 8
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %5, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [512 x %struct.avl_node], ptr %14, i64 0, i64 %16
  %18 = getelementptr inbounds nuw %struct.avl_node, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %18, align 4
  %20 = load ptr, ptr %3, align 8
  %21 = getelementptr inbounds nuw %struct.avl, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %4, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [512 x %struct.avl_node], ptr %21, i64 0, i64 %23
  %25 = getelementptr inbounds nuw %struct.avl_node, ptr %24, i32 0, i32 2
  store i32 %19, ptr %25, align 4
  %26 = load i32, ptr %4, align 4
  %27 = load ptr, ptr %3, align 8
  %28 = getelementptr inbounds nuw %struct.avl, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %5, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [512 x %struct.avl_node], ptr %28, i64 0, i64 %30
  %32 = getelementptr inbounds nuw %struct.avl_node, ptr %31, i32 0, i32 1
  store i32 %26, ptr %32, align 4
  %33 = load ptr, ptr %3, align 8
  %34 = load i32, ptr %4, align 4
  call void @update(ptr noundef %33, i32 noundef %34)
  %35 = load ptr, ptr %3, align 8
  %36 = load i32, ptr %5, align 4
  call void @update(ptr noundef %35, i32 noundef %36)
  %37 = load i32, ptr %5, align 4
  ret i32 %37
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @rotate_right(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %6 = load ptr, ptr %3, align 8
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %4, align 4
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds [512 x %struct.avl_node], ptr %7, i64 0, i64 %9
  %11 = getelementptr inbounds nuw %struct.avl_node, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 4
  store i32 %12, ptr %5, align 4
  %13 = load ptr, ptr %3, align 8
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %5, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [512 x %struct.avl_node], ptr %14, i64 0, i64 %16
  %18 = getelementptr inbounds nuw %struct.avl_node, ptr %17, i32 0, i32 2
  %19 = load i32, ptr %18, align 4
  %20 = load ptr, ptr %3, align 8
  %21 = getelementptr inbounds nuw %struct.avl, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %4, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [512 x %struct.avl_node], ptr %21, i64 0, i64 %23
  %25 = getelementptr inbounds nuw %struct.avl_node, ptr %24, i32 0, i32 1
  store i32 %19, ptr %25, align 4
  %26 = load i32, ptr %4, align 4
  %27 = load ptr, ptr %3, align 8
  %28 = getelementptr inbounds nuw %struct.avl, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %5, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [512 x %struct.avl_node], ptr %28, i64 0, i64 %30
  %32 = getelementptr inbounds nuw %struct.avl_node, ptr %31, i32 0, i32 2
  store i32 %26, ptr %32, align 4
  %33 = load ptr, ptr %3, align 8
  %34 = load i32, ptr %4, align 4
  call void @update(ptr noundef %33, i32 noundef %34)
  %35 = load ptr, ptr %3, align 8
  %36 = load i32, ptr %5, align 4
  call void @update(ptr noundef %35, i32 noundef %36)
  %37 = load i32, ptr %5, align 4
  ret i32 %37
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @max(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = icmp sgt i32 %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4
  br label %12

10:                                               ; preds = %2
  %11 = load i32, ptr %4, align 4
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi i32 [ %9, %8 ], [ %11, %10 ]
  ret i32 %13
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 7, !"PIE Level", i32 2}
!2 = !{i32 7, !"uwtable", i32 2}
!3 = !{i32 7, !"frame-pointer", i32 2}
!4 = !{!"Karellen, Inc. (https://karellen.co) v23.1.4.post8 clang version 23.1.4 (https://github.com/llvm/llvm-project 395ba2c4d274e0d81bea69a49aba372e3743d113)"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
