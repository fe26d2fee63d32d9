source_filename = "mergesort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.rec = type { i32, i32 }

; Function Attrs: noinline nounwind uwtable
define dso_local i64 @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca ptr, align 8
  %16 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store i64 0, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %17

17:                                               ; preds = %35, %3
  %18 = load i32, ptr %8, align 4
  %19 = load i32, ptr %6, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %38

21:                                               ; preds = %17
  %22 = load ptr, ptr %4, align 8
  %23 = load i32, ptr %8, align 4
  %24 = load i32, ptr %8, align 4
  %25 = add nsw i32 %24, 8
  %26 = load i32, ptr %6, align 4
  %27 = icmp slt i32 %25, %26
  br i1 %27, label %28, label %31

28:                                               ; preds = %21
  %29 = load i32, ptr %8, align 4
  %30 = add nsw i32 %29, 8
  br label %33

31:                                               ; preds = %21
  %32 = load i32, ptr %6, align 4
  br label %33

33:                                               ; preds = %31, %28
  %34 = phi i32 [ %30, %28 ], [ %32, %31 ]
  call void @insertion_sort(ptr noundef %22, i32 noundef %23, i32 noundef %34)
  br label %35

35:                                               ; preds = %33
  %36 = load i32, ptr %8, align 4
  %37 = add nsw i32 %36, 8
  store i32 %37, ptr %8, align 4
  br label %17, !llvm.loop !5

38:                                               ; preds = %17
  %39 = load ptr, ptr %4, align 8
  store ptr %39, ptr %9, align 8
  %40 = load ptr, ptr %5, align 8
  store ptr %40, ptr %10, align 8
  store i32 8, ptr %11, align 4
  br label %41

41:                                               ; preds = %96, %38
  %42 = load i32, ptr %11, align 4
  %43 = load i32, ptr %6, align 4
  %44 = icmp slt i32 %42, %43
  br i1 %44, label %45, label %99

45:                                               ; preds = %41
  store i32 0, ptr %12, align 4
  br label %46

46:                                               ; preds = %87, %45
  %47 = load i32, ptr %12, align 4
  %48 = load i32, ptr %6, align 4
  %49 = icmp slt i32 %47, %48
  br i1 %49, label %50, label %92

50:                                               ; preds = %46
  %51 = load i32, ptr %12, align 4
  %52 = load i32, ptr %11, align 4
  %53 = add nsw i32 %51, %52
  %54 = load i32, ptr %6, align 4
  %55 = icmp slt i32 %53, %54
  br i1 %55, label %56, label %60

56:                                               ; preds = %50
  %57 = load i32, ptr %12, align 4
  %58 = load i32, ptr %11, align 4
  %59 = add nsw i32 %57, %58
  br label %62

60:                                               ; preds = %50
  %61 = load i32, ptr %6, align 4
  br label %62

62:                                               ; preds = %60, %56
  %63 = phi i32 [ %59, %56 ], [ %61, %60 ]
  store i32 %63, ptr %13, align 4
  %64 = load i32, ptr %12, align 4
  %65 = load i32, ptr %11, align 4
  %66 = mul nsw i32 2, %65
  %67 = add nsw i32 %64, %66
  %68 = load i32, ptr %6, align 4
  %69 = icmp slt i32 %67, %68
  br i1 %69, label %70, label %75

70:                                               ; preds = %62
  %71 = load i32, ptr %12, align 4
  %72 = load i32, ptr %11, align 4
  %73 = mul nsw i32 2, %72
  %74 = add nsw i32 %71, %73
  br label %77

75:                                               ; preds = %62
  %76 = load i32, ptr %6, align 4
  br label %77

77:                                               ; preds = %75, %70
  %78 = phi i32 [ %74, %70 ], [ %76, %75 ]
  store i32 %78, ptr %14, align 4
  %79 = load ptr, ptr %9, align 8
  %80 = load ptr, ptr %10, align 8
  %81 = load i32, ptr %12, align 4
  %82 = load i32, ptr %13, align 4
  %83 = load i32, ptr %14, align 4
  %84 = call i64 @merge(ptr noundef %79, ptr noundef %80, i32 noundef %81, i32 noundef %82, i32 noundef %83)
  %85 = load i64, ptr %7, align 8
  %86 = add nsw i64 %85, %84
  store i64 %86, ptr %7, align 8
  br label %87

87:                                               ; preds = %77
  %88 = load i32, ptr %11, align 4
  %89 = mul nsw i32 2, %88
  %90 = load i32, ptr %12, align 4
  %91 = add nsw i32 %90, %89
  store i32 %91, ptr %12, align 4
  br label %46, !llvm.loop !7

92:                                               ; preds = %46
  %93 = load ptr, ptr %9, align 8
  store ptr %93, ptr %15, align 8
  %94 = load ptr, ptr %10, align 8
  store ptr %94, ptr %9, align 8
  %95 = load ptr, ptr %15, align 8
  store ptr %95, ptr %10, align 8
  br label %96

96:                                               ; preds = %92
  %97 = load i32, ptr %11, align 4
  %98 = mul nsw i32 %97, 2
  store i32 %98, ptr %11, align 4
  br label %41, !llvm.loop !8

99:                                               ; preds = %41
  %100 = load ptr, ptr %9, align 8
  %101 = load ptr, ptr %4, align 8
  %102 = icmp ne ptr %100, %101
  br i1 %102, label %103, label %121

103:                                              ; preds = %99
  store i32 0, ptr %16, align 4
  br label %104

104:                                              ; preds = %117, %103
  %105 = load i32, ptr %16, align 4
  %106 = load i32, ptr %6, align 4
  %107 = icmp slt i32 %105, %106
  br i1 %107, label %108, label %120

108:                                              ; preds = %104
  %109 = load ptr, ptr %4, align 8
  %110 = load i32, ptr %16, align 4
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds %struct.rec, ptr %109, i64 %111
  %113 = load ptr, ptr %9, align 8
  %114 = load i32, ptr %16, align 4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds %struct.rec, ptr %113, i64 %115
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %112, ptr align 4 %116, i64 8, i1 false)
  br label %117

117:                                              ; preds = %108
  %118 = load i32, ptr %16, align 4
  %119 = add nsw i32 %118, 1
  store i32 %119, ptr %16, align 4
  br label %104, !llvm.loop !9

120:                                              ; preds = %104
  br label %121

121:                                              ; preds = %120, %99
  %122 = load i64, ptr %7, align 8
  ret i64 %122
}

; Function Attrs: noinline nounwind uwtable
define internal void @insertion_sort(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.rec, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %10 = load i32, ptr %5, align 4
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr %7, align 4
  br label %12

12:                                               ; preds = %57, %3
  %13 = load i32, ptr %7, align 4
  %14 = load i32, ptr %6, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %60

16:                                               ; preds = %12
  %17 = load ptr, ptr %4, align 8
  %18 = load i32, ptr %7, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds %struct.rec, ptr %17, i64 %19
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 4 %20, i64 8, i1 false)
  %21 = load i32, ptr %7, align 4
  %22 = sub nsw i32 %21, 1
  store i32 %22, ptr %9, align 4
  br label %23

23:                                               ; preds = %39, %16
  %24 = load i32, ptr %9, align 4
  %25 = load i32, ptr %5, align 4
  %26 = icmp sge i32 %24, %25
  br i1 %26, label %27, label %37

27:                                               ; preds = %23
  %28 = load ptr, ptr %4, align 8
  %29 = load i32, ptr %9, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds %struct.rec, ptr %28, i64 %30
  %32 = getelementptr inbounds nuw %struct.rec, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %32, align 4
  %34 = getelementptr inbounds nuw %struct.rec, ptr %8, i32 0, i32 0
  %35 = load i32, ptr %34, align 4
  %36 = icmp sgt i32 %33, %35
  br label %37

37:                                               ; preds = %27, %23
  %38 = phi i1 [ false, %23 ], [ %36, %27 ]
  br i1 %38, label %39, label %51

39:                                               ; preds = %37
  %40 = load ptr, ptr %4, align 8
  %41 = load i32, ptr %9, align 4
  %42 = add nsw i32 %41, 1
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds %struct.rec, ptr %40, i64 %43
  %45 = load ptr, ptr %4, align 8
  %46 = load i32, ptr %9, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds %struct.rec, ptr %45, i64 %47
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %44, ptr align 4 %48, i64 8, i1 false)
  %49 = load i32, ptr %9, align 4
  %50 = add nsw i32 %49, -1
  store i32 %50, ptr %9, align 4
  br label %23, !llvm.loop !10

51:                                               ; preds = %37
  %52 = load ptr, ptr %4, align 8
  %53 = load i32, ptr %9, align 4
  %54 = add nsw i32 %53, 1
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds %struct.rec, ptr %52, i64 %55
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %56, ptr align 4 %8, i64 8, i1 false)
  br label %57

57:                                               ; preds = %51
  %58 = load i32, ptr %7, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %7, align 4
  br label %12, !llvm.loop !11

60:                                               ; preds = %12
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @merge(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store i32 %3, ptr %9, align 4
  store i32 %4, ptr %10, align 4
  %15 = load i32, ptr %8, align 4
  store i32 %15, ptr %11, align 4
  %16 = load i32, ptr %9, align 4
  store i32 %16, ptr %12, align 4
  %17 = load i32, ptr %8, align 4
  store i32 %17, ptr %13, align 4
  store i64 0, ptr %14, align 8
  br label %18

18:                                               ; preds = %70, %5
  %19 = load i32, ptr %11, align 4
  %20 = load i32, ptr %9, align 4
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %26

22:                                               ; preds = %18
  %23 = load i32, ptr %12, align 4
  %24 = load i32, ptr %10, align 4
  %25 = icmp slt i32 %23, %24
  br label %26

26:                                               ; preds = %22, %18
  %27 = phi i1 [ false, %18 ], [ %25, %22 ]
  br i1 %27, label %28, label %71

28:                                               ; preds = %26
  %29 = load ptr, ptr %6, align 8
  %30 = load i32, ptr %12, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds %struct.rec, ptr %29, i64 %31
  %33 = getelementptr inbounds nuw %struct.rec, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %33, align 4
  %35 = load ptr, ptr %6, align 8
  %36 = load i32, ptr %11, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds %struct.rec, ptr %35, i64 %37
  %39 = getelementptr inbounds nuw %struct.rec, ptr %38, i32 0, i32 0
  %40 = load i32, ptr %39, align 4
  %41 = icmp slt i32 %34, %40
  br i1 %41, label %42, label %59

42:                                               ; preds = %28
  %43 = load i32, ptr %9, align 4
  %44 = load i32, ptr %11, align 4
  %45 = sub nsw i32 %43, %44
  %46 = sext i32 %45 to i64
  %47 = load i64, ptr %14, align 8
  %48 = add nsw i64 %47, %46
  store i64 %48, ptr %14, align 8
  %49 = load ptr, ptr %7, align 8
  %50 = load i32, ptr %13, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %13, align 4
  %52 = sext i32 %50 to i64
  %53 = getelementptr inbounds %struct.rec, ptr %49, i64 %52
  %54 = load ptr, ptr %6, align 8
  %55 = load i32, ptr %12, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %12, align 4
  %57 = sext i32 %55 to i64
  %58 = getelementptr inbounds %struct.rec, ptr %54, i64 %57
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %53, ptr align 4 %58, i64 8, i1 false)
  br label %70

59:                                               ; preds = %28
  %60 = load ptr, ptr %7, align 8
  %61 = load i32, ptr %13, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %13, align 4
  %63 = sext i32 %61 to i64
  %64 = getelementptr inbounds %struct.rec, ptr %60, i64 %63
  %65 = load ptr, ptr %6, align 8
  %66 = load i32, ptr %11, align 4
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %11, align 4
  %68 = sext i32 %66 to i64
  %69 = getelementptr inbounds %struct.rec, ptr %65, i64 %68
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %64, ptr align 4 %69, i64 8, i1 false)
  br label %70

70:                                               ; preds = %59, %42
  br label %18, !llvm.loop !12

71:                                               ; preds = %26
  br label %72

72:                                               ; preds = %76, %71
  %73 = load i32, ptr %11, align 4
  %74 = load i32, ptr %9, align 4
  %75 = icmp slt i32 %73, %74
  br i1 %75, label %76, label %87

76:                                               ; preds = %72
  %77 = load ptr, ptr %7, align 8
  %78 = load i32, ptr %13, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %13, align 4
  %80 = sext i32 %78 to i64
  %81 = getelementptr inbounds %struct.rec, ptr %77, i64 %80
  %82 = load ptr, ptr %6, align 8
  %83 = load i32, ptr %11, align 4
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %11, align 4
  %85 = sext i32 %83 to i64
  %86 = getelementptr inbounds %struct.rec, ptr %82, i64 %85
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %81, ptr align 4 %86, i64 8, i1 false)
  br label %72, !llvm.loop !13

87:                                               ; preds = %72
  br label %88

88:                                               ; preds = %92, %87
  %89 = load i32, ptr %12, align 4
  %90 = load i32, ptr %10, align 4
  %91 = icmp slt i32 %89, %90
  br i1 %91, label %92, label %103

92:                                               ; preds = %88
  %93 = load ptr, ptr %7, align 8
  %94 = load i32, ptr %13, align 4
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %13, align 4
  %96 = sext i32 %94 to i64
  %97 = getelementptr inbounds %struct.rec, ptr %93, i64 %96
  %98 = load ptr, ptr %6, align 8
  %99 = load i32, ptr %12, align 4
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %12, align 4
  %101 = sext i32 %99 to i64
  %102 = getelementptr inbounds %struct.rec, ptr %98, i64 %101
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %97, ptr align 4 %102, i64 8, i1 false)
  br label %88, !llvm.loop !14

103:                                              ; preds = %88
  %104 = load i64, ptr %14, align 8
  ret i64 %104
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @is_sorted_stable(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 1, ptr %6, align 4
  br label %7

7:                                                ; preds = %58, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %5, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %61

11:                                               ; preds = %7
  %12 = load ptr, ptr %4, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sub nsw i32 %13, 1
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds %struct.rec, ptr %12, i64 %15
  %17 = getelementptr inbounds nuw %struct.rec, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %17, align 4
  %19 = load ptr, ptr %4, align 8
  %20 = load i32, ptr %6, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds %struct.rec, ptr %19, i64 %21
  %23 = getelementptr inbounds nuw %struct.rec, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %23, align 4
  %25 = icmp sgt i32 %18, %24
  br i1 %25, label %56, label %26

26:                                               ; preds = %11
  %27 = load ptr, ptr %4, align 8
  %28 = load i32, ptr %6, align 4
  %29 = sub nsw i32 %28, 1
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds %struct.rec, ptr %27, i64 %30
  %32 = getelementptr inbounds nuw %struct.rec, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %32, align 4
  %34 = load ptr, ptr %4, align 8
  %35 = load i32, ptr %6, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds %struct.rec, ptr %34, i64 %36
  %38 = getelementptr inbounds nuw %struct.rec, ptr %37, i32 0, i32 0
  %39 = load i32, ptr %38, align 4
  %40 = icmp eq i32 %33, %39
  br i1 %40, label %41, label %57

41:                                               ; preds = %26
  %42 = load ptr, ptr %4, align 8
  %43 = load i32, ptr %6, align 4
  %44 = sub nsw i32 %43, 1
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds %struct.rec, ptr %42, i64 %45
  %47 = getelementptr inbounds nuw %struct.rec, ptr %46, i32 0, i32 1
  %48 = load i32, ptr %47, align 4
  %49 = load ptr, ptr %4, align 8
  %50 = load i32, ptr %6, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds %struct.rec, ptr %49, i64 %51
  %53 = getelementptr inbounds nuw %struct.rec, ptr %52, i32 0, i32 1
  %54 = load i32, ptr %53, align 4
  %55 = icmp sgt i32 %48, %54
  br i1 %55, label %56, label %57

56:                                               ; preds = %41, %11
  store i32 0, ptr %3, align 4
  br label %62

57:                                               ; preds = %41, %26
  br label %58

58:                                               ; preds = %57
  %59 = load i32, ptr %6, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %6, align 4
  br label %7, !llvm.loop !15

61:                                               ; preds = %7
  store i32 1, ptr %3, align 4
  br label %62

62:                                               ; preds = %61, %56
  %63 = load i32, ptr %3, align 4
  ret i32 %63
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
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
