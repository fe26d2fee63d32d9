source_filename = "heap.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.item = type { float, i32 }
%struct.heap = type { [100 x %struct.item], i32 }

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @heap_push(ptr noundef %0, float noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.item, align 4
  store ptr %0, ptr %5, align 8
  store float %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  %9 = load ptr, ptr %5, align 8
  %10 = getelementptr inbounds nuw %struct.heap, ptr %9, i32 0, i32 1
  %11 = load i32, ptr %10, align 4
  %12 = icmp eq i32 %11, 100
  br i1 %12, label %13, label %14

13:                                               ; preds = %3
  store i32 0, ptr %4, align 4
  br label %31

14:                                               ; preds = %3
  %15 = load ptr, ptr %5, align 8
  %16 = getelementptr inbounds nuw %struct.heap, ptr %15, i32 0, i32 0
  %17 = load ptr, ptr %5, align 8
  %18 = getelementptr inbounds nuw %struct.heap, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %18, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [100 x %struct.item], ptr %16, i64 0, i64 %20
  %22 = getelementptr inbounds nuw %struct.item, ptr %8, i32 0, i32 0
  %23 = load float, ptr %6, align 4
  store float %23, ptr %22, align 4
  %24 = getelementptr inbounds nuw %struct.item, ptr %8, i32 0, i32 1
  %25 = load i32, ptr %7, align 4
  store i32 %25, ptr %24, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %21, ptr align 4 %8, i64 8, i1 false)
  %26 = load ptr, ptr %5, align 8
  %27 = load ptr, ptr %5, align 8
  %28 = getelementptr inbounds nuw %struct.heap, ptr %27, i32 0, i32 1
  %29 = load i32, ptr %28, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %28, align 4
  call void @sift_up(ptr noundef %26, i32 noundef %29)
  store i32 1, ptr %4, align 4
  br label %31

31:                                               ; preds = %14, %13
  %32 = load i32, ptr %4, align 4
  ret i32 %32
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: noinline nounwind uwtable
define internal void @sift_up(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.item, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  br label %7

7:                                                ; preds = %30, %2
  %8 = load i32, ptr %4, align 4
  %9 = icmp sgt i32 %8, 0
  br i1 %9, label %10, label %52

10:                                               ; preds = %7
  %11 = load i32, ptr %4, align 4
  %12 = sub nsw i32 %11, 1
  %13 = sdiv i32 %12, 2
  store i32 %13, ptr %5, align 4
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds nuw %struct.heap, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %5, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [100 x %struct.item], ptr %15, i64 0, i64 %17
  %19 = getelementptr inbounds nuw %struct.item, ptr %18, i32 0, i32 0
  %20 = load float, ptr %19, align 4
  %21 = load ptr, ptr %3, align 8
  %22 = getelementptr inbounds nuw %struct.heap, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %4, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [100 x %struct.item], ptr %22, i64 0, i64 %24
  %26 = getelementptr inbounds nuw %struct.item, ptr %25, i32 0, i32 0
  %27 = load float, ptr %26, align 4
  %28 = fcmp ole float %20, %27
  br i1 %28, label %29, label %30

29:                                               ; preds = %10
  br label %52

30:                                               ; preds = %10
  %31 = load ptr, ptr %3, align 8
  %32 = getelementptr inbounds nuw %struct.heap, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %5, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [100 x %struct.item], ptr %32, i64 0, i64 %34
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 %35, i64 8, i1 false)
  %36 = load ptr, ptr %3, align 8
  %37 = getelementptr inbounds nuw %struct.heap, ptr %36, i32 0, i32 0
  %38 = load i32, ptr %5, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [100 x %struct.item], ptr %37, i64 0, i64 %39
  %41 = load ptr, ptr %3, align 8
  %42 = getelementptr inbounds nuw %struct.heap, ptr %41, i32 0, i32 0
  %43 = load i32, ptr %4, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [100 x %struct.item], ptr %42, i64 0, i64 %44
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %40, ptr align 4 %45, i64 8, i1 false)
  %46 = load ptr, ptr %3, align 8
  %47 = getelementptr inbounds nuw %struct.heap, ptr %46, i32 0, i32 0
  %48 = load i32, ptr %4, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [100 x %struct.item], ptr %47, i64 0, i64 %49
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %50, ptr align 4 %6, i64 8, i1 false)
  %51 = load i32, ptr %5, align 4
  store i32 %51, ptr %4, align 4
  br label %7, !llvm.loop !5

52:                                               ; preds = %29, %7
  ret void
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @heap_pop(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %struct.heap, ptr %5, i32 0, i32 1
  %7 = load i32, ptr %6, align 4
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %10

9:                                                ; preds = %1
  store i32 -1, ptr %2, align 4
  br label %29

10:                                               ; preds = %1
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds nuw %struct.heap, ptr %11, i32 0, i32 0
  %13 = getelementptr inbounds [100 x %struct.item], ptr %12, i64 0, i64 0
  %14 = getelementptr inbounds nuw %struct.item, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 4
  store i32 %15, ptr %4, align 4
  %16 = load ptr, ptr %3, align 8
  %17 = getelementptr inbounds nuw %struct.heap, ptr %16, i32 0, i32 0
  %18 = getelementptr inbounds [100 x %struct.item], ptr %17, i64 0, i64 0
  %19 = load ptr, ptr %3, align 8
  %20 = getelementptr inbounds nuw %struct.heap, ptr %19, i32 0, i32 0
  %21 = load ptr, ptr %3, align 8
  %22 = getelementptr inbounds nuw %struct.heap, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 4
  %24 = add nsw i32 %23, -1
  store i32 %24, ptr %22, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [100 x %struct.item], ptr %20, i64 0, i64 %25
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %18, ptr align 4 %26, i64 8, i1 false)
  %27 = load ptr, ptr %3, align 8
  call void @sift_down(ptr noundef %27, i32 noundef 0)
  %28 = load i32, ptr %4, align 4
  store i32 %28, ptr %2, align 4
  br label %29

29:                                               ; preds = %10, %9
  %30 = load i32, ptr %2, align 4
  ret i32 %30
}

; Function Attrs: noinline nounwind uwtable
define internal void @sift_down(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.item, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  br label %9

9:                                                ; preds = %68, %2
  %10 = load i32, ptr %4, align 4
  %11 = mul nsw i32 2, %10
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr %5, align 4
  %13 = load i32, ptr %5, align 4
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr %6, align 4
  %15 = load i32, ptr %4, align 4
  store i32 %15, ptr %7, align 4
  %16 = load i32, ptr %5, align 4
  %17 = load ptr, ptr %3, align 8
  %18 = getelementptr inbounds nuw %struct.heap, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %18, align 4
  %20 = icmp slt i32 %16, %19
  br i1 %20, label %21, label %39

21:                                               ; preds = %9
  %22 = load ptr, ptr %3, align 8
  %23 = getelementptr inbounds nuw %struct.heap, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %5, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [100 x %struct.item], ptr %23, i64 0, i64 %25
  %27 = getelementptr inbounds nuw %struct.item, ptr %26, i32 0, i32 0
  %28 = load float, ptr %27, align 4
  %29 = load ptr, ptr %3, align 8
  %30 = getelementptr inbounds nuw %struct.heap, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %7, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [100 x %struct.item], ptr %30, i64 0, i64 %32
  %34 = getelementptr inbounds nuw %struct.item, ptr %33, i32 0, i32 0
  %35 = load float, ptr %34, align 4
  %36 = fcmp olt float %28, %35
  br i1 %36, label %37, label %39

37:                                               ; preds = %21
  %38 = load i32, ptr %5, align 4
  store i32 %38, ptr %7, align 4
  br label %39

39:                                               ; preds = %37, %21, %9
  %40 = load i32, ptr %6, align 4
  %41 = load ptr, ptr %3, align 8
  %42 = getelementptr inbounds nuw %struct.heap, ptr %41, i32 0, i32 1
  %43 = load i32, ptr %42, align 4
  %44 = icmp slt i32 %40, %43
  br i1 %44, label %45, label %63

45:                                               ; preds = %39
  %46 = load ptr, ptr %3, align 8
  %47 = getelementptr inbounds nuw %struct.heap, ptr %46, i32 0, i32 0
  %48 = load i32, ptr %6, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [100 x %struct.item], ptr %47, i64 0, i64 %49
  %51 = getelementptr inbounds nuw %struct.item, ptr %50, i32 0, i32 0
  %52 = load float, ptr %51, align 4
  %53 = load ptr, ptr %3, align 8
  %54 = getelementptr inbounds nuw %struct.heap, ptr %53, i32 0, i32 0
  %55 = load i32, ptr %7, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [100 x %struct.item], ptr %54, i64 0, i64 %56
  %58 = getelementptr inbounds nuw %struct.item, ptr %57, i32 0, i32 0
  %59 = load float, ptr %58, align 4
  %60 = fcmp olt float %52, %59
  br i1 %60, label %61, label %63

61:                                               ; preds = %45
  %62 = load i32, ptr %6, align 4
  store i32 %62, ptr %7, align 4
  br label %63

63:                                               ; preds = %61, %45, %39
  %64 = load i32, ptr %7, align 4
  %65 = load i32, ptr %4, align 4
  %66 = icmp eq i32 %64, %65
  br i1 %66, label %67, label %68

67:                                               ; preds = %63
  ret void

68:                                               ; preds = %63
  %69 = load ptr, ptr %3, align 8
  %70 = getelementptr inbounds nuw %struct.heap, ptr %69, i32 0, i32 0
  %71 = load i32, ptr %7, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [100 x %struct.item], ptr %70, i64 0, i64 %72
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 4 %73, i64 8, i1 false)
  %74 = load ptr, ptr %3, align 8
  %75 = getelementptr inbounds nuw %struct.heap, ptr %74, i32 0, i32 0
  %76 = load i32, ptr %7, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [100 x %struct.item], ptr %75, i64 0, i64 %77
  %79 = load ptr, ptr %3, align 8
  %80 = getelementptr inbounds nuw %struct.heap, ptr %79, i32 0, i32 0
  %81 = load i32, ptr %4, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [100 x %struct.item], ptr %80, i64 0, i64 %82
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %78, ptr align 4 %83, i64 8, i1 false)
  %84 = load ptr, ptr %3, align 8
  %85 = getelementptr inbounds nuw %struct.heap, ptr %84, i32 0, i32 0
  %86 = load i32, ptr %4, align 4
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [100 x %struct.item], ptr %85, i64 0, i64 %87
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %88, ptr align 4 %8, i64 8, i1 false)
  %89 = load i32, ptr %7, align 4
  store i32 %89, ptr %4, align 4
  br label %9
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
