source_filename = "utf8.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @utf8_decode(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store ptr %2, ptr %7, align 8
  %13 = load i32, ptr %6, align 4
  %14 = icmp slt i32 %13, 1
  br i1 %14, label %15, label %16

15:                                               ; preds = %3
  store i32 -1, ptr %4, align 4
  br label %110

16:                                               ; preds = %3
  %17 = load ptr, ptr %5, align 8
  %18 = getelementptr inbounds i8, ptr %17, i64 0
  %19 = load i8, ptr %18, align 1
  store i8 %19, ptr %8, align 1
  %20 = load i8, ptr %8, align 1
  %21 = zext i8 %20 to i32
  %22 = icmp slt i32 %21, 128
  br i1 %22, label %23, label %27

23:                                               ; preds = %16
  %24 = load i8, ptr %8, align 1
  %25 = zext i8 %24 to i32
  %26 = load ptr, ptr %7, align 8
  store i32 %25, ptr %26, align 4
  store i32 1, ptr %4, align 4
  br label %110

27:                                               ; preds = %16
  %28 = load i8, ptr %8, align 1
  %29 = zext i8 %28 to i32
  %30 = and i32 %29, 224
  %31 = icmp eq i32 %30, 192
  br i1 %31, label %32, label %36

32:                                               ; preds = %27
  store i32 2, ptr %9, align 4
  %33 = load i8, ptr %8, align 1
  %34 = zext i8 %33 to i32
  %35 = and i32 %34, 31
  store i32 %35, ptr %10, align 4
  store i32 128, ptr %11, align 4
  br label %57

36:                                               ; preds = %27
  %37 = load i8, ptr %8, align 1
  %38 = zext i8 %37 to i32
  %39 = and i32 %38, 240
  %40 = icmp eq i32 %39, 224
  br i1 %40, label %41, label %45

41:                                               ; preds = %36
  store i32 3, ptr %9, align 4
  %42 = load i8, ptr %8, align 1
  %43 = zext i8 %42 to i32
  %44 = and i32 %43, 15
  store i32 %44, ptr %10, align 4
  store i32 2048, ptr %11, align 4
  br label %56

45:                                               ; preds = %36
  %46 = load i8, ptr %8, align 1
  %47 = zext i8 %46 to i32
  %48 = and i32 %47, 248
  %49 = icmp eq i32 %48, 240
  br i1 %49, label %50, label %54

50:                                               ; preds = %45
  store i32 4, ptr %9, align 4
  %51 = load i8, ptr %8, align 1
  %52 = zext i8 %51 to i32
  %53 = and i32 %52, 7
  store i32 %53, ptr %10, align 4
  store i32 65536, ptr %11, align 4
  br label %55

54:                                               ; preds = %45
  store i32 -1, ptr %4, align 4
  br label %110

55:                                               ; preds = %50
  br label %56

56:                                               ; preds = %55, %41
  br label %57

57:                                               ; preds = %56, %32
  br label %58

58:                                               ; preds = %57
  %59 = load i32, ptr %6, align 4
  %60 = load i32, ptr %9, align 4
  %61 = icmp slt i32 %59, %60
  br i1 %61, label %62, label %63

62:                                               ; preds = %58
  store i32 -1, ptr %4, align 4
  br label %110

63:                                               ; preds = %58
  store i32 1, ptr %12, align 4
  br label %64

64:                                               ; preds = %89, %63
  %65 = load i32, ptr %12, align 4
  %66 = load i32, ptr %9, align 4
  %67 = icmp slt i32 %65, %66
  br i1 %67, label %68, label %92

68:                                               ; preds = %64
  %69 = load ptr, ptr %5, align 8
  %70 = load i32, ptr %12, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds i8, ptr %69, i64 %71
  %73 = load i8, ptr %72, align 1
  %74 = zext i8 %73 to i32
  %75 = and i32 %74, 192
  %76 = icmp ne i32 %75, 128
  br i1 %76, label %77, label %78

77:                                               ; preds = %68
  store i32 -1, ptr %4, align 4
  br label %110

78:                                               ; preds = %68
  %79 = load i32, ptr %10, align 4
  %80 = shl i32 %79, 6
  %81 = load ptr, ptr %5, align 8
  %82 = load i32, ptr %12, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds i8, ptr %81, i64 %83
  %85 = load i8, ptr %84, align 1
  %86 = zext i8 %85 to i32
  %87 = and i32 %86, 63
  %88 = or i32 %80, %87
  store i32 %88, ptr %10, align 4
  br label %89

89:                                               ; preds = %78
  %90 = load i32, ptr %12, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %12, align 4
  br label %64, !llvm.loop !5

92:                                               ; preds = %64
  %93 = load i32, ptr %10, align 4
  %94 = load i32, ptr %11, align 4
  %95 = icmp ult i32 %93, %94
  br i1 %95, label %105, label %96

96:                                               ; preds = %92
  %97 = load i32, ptr %10, align 4
  %98 = icmp ugt i32 %97, 1114111
  br i1 %98, label %105, label %99

99:                                               ; preds = %96
  %100 = load i32, ptr %10, align 4
  %101 = icmp uge i32 %100, 55296
  br i1 %101, label %102, label %106

102:                                              ; preds = %99
  %103 = load i32, ptr %10, align 4
  %104 = icmp ule i32 %103, 57343
  br i1 %104, label %105, label %106

105:                                              ; preds = %102, %96, %92
  store i32 -1, ptr %4, align 4
  br label %110

106:                                              ; preds = %102, %99
  %107 = load i32, ptr %10, align 4
  %108 = load ptr, ptr %7, align 8
  store i32 %107, ptr %108, align 4
  %109 = load i32, ptr %9, align 4
  store i32 %109, ptr %4, align 4
  br label %110

110:                                              ; preds = %106, %105, %77, %62, %54, %23, %15
  %111 = load i32, ptr %4, align 4
  ret i32 %111
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @utf8_encode(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  %6 = load i32, ptr %4, align 4
  %7 = icmp ult i32 %6, 128
  br i1 %7, label %8, label %13

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4
  %10 = trunc i32 %9 to i8
  %11 = load ptr, ptr %5, align 8
  %12 = getelementptr inbounds i8, ptr %11, i64 0
  store i8 %10, ptr %12, align 1
  store i32 1, ptr %3, align 4
  br label %90

13:                                               ; preds = %2
  %14 = load i32, ptr %4, align 4
  %15 = icmp ult i32 %14, 2048
  br i1 %15, label %16, label %29

16:                                               ; preds = %13
  %17 = load i32, ptr %4, align 4
  %18 = lshr i32 %17, 6
  %19 = or i32 192, %18
  %20 = trunc i32 %19 to i8
  %21 = load ptr, ptr %5, align 8
  %22 = getelementptr inbounds i8, ptr %21, i64 0
  store i8 %20, ptr %22, align 1
  %23 = load i32, ptr %4, align 4
  %24 = and i32 %23, 63
  %25 = or i32 128, %24
  %26 = trunc i32 %25 to i8
  %27 = load ptr, ptr %5, align 8
  %28 = getelementptr inbounds i8, ptr %27, i64 1
  store i8 %26, ptr %28, align 1
  store i32 2, ptr %3, align 4
  br label %90

29:                                               ; preds = %13
  %30 = load i32, ptr %4, align 4
  %31 = icmp uge i32 %30, 55296
  br i1 %31, label %32, label %36

32:                                               ; preds = %29
  %33 = load i32, ptr %4, align 4
  %34 = icmp ule i32 %33, 57343
  br i1 %34, label %35, label %36

35:                                               ; preds = %32
  store i32 0, ptr %3, align 4
  br label %90

36:                                               ; preds = %32, %29
  %37 = load i32, ptr %4, align 4
  %38 = icmp ult i32 %37, 65536
  br i1 %38, label %39, label %59

39:                                               ; preds = %36
  %40 = load i32, ptr %4, align 4
  %41 = lshr i32 %40, 12
  %42 = or i32 224, %41
  %43 = trunc i32 %42 to i8
  %44 = load ptr, ptr %5, align 8
  %45 = getelementptr inbounds i8, ptr %44, i64 0
  store i8 %43, ptr %45, align 1
  %46 = load i32, ptr %4, align 4
  %47 = lshr i32 %46, 6
  %48 = and i32 %47, 63
  %49 = or i32 128, %48
  %50 = trunc i32 %49 to i8
  %51 = load ptr, ptr %5, align 8
  %52 = getelementptr inbounds i8, ptr %51, i64 1
  store i8 %50, ptr %52, align 1
  %53 = load i32, ptr %4, align 4
  %54 = and i32 %53, 63
  %55 = or i32 128, %54
  %56 = trunc i32 %55 to i8
  %57 = load ptr, ptr %5, align 8
  %58 = getelementptr inbounds i8, ptr %57, i64 2
  store i8 %56, ptr %58, align 1
  store i32 3, ptr %3, align 4
  br label %90

59:                                               ; preds = %36
  %60 = load i32, ptr %4, align 4
  %61 = icmp ugt i32 %60, 1114111
  br i1 %61, label %62, label %63

62:                                               ; preds = %59
  store i32 0, ptr %3, align 4
  br label %90

63:                                               ; preds = %59
  %64 = load i32, ptr %4, align 4
  %65 = lshr i32 %64, 18
  %66 = or i32 240, %65
  %67 = trunc i32 %66 to i8
  %68 = load ptr, ptr %5, align 8
  %69 = getelementptr inbounds i8, ptr %68, i64 0
  store i8 %67, ptr %69, align 1
  %70 = load i32, ptr %4, align 4
  %71 = lshr i32 %70, 12
  %72 = and i32 %71, 63
  %73 = or i32 128, %72
  %74 = trunc i32 %73 to i8
  %75 = load ptr, ptr %5, align 8
  %76 = getelementptr inbounds i8, ptr %75, i64 1
  store i8 %74, ptr %76, align 1
  %77 = load i32, ptr %4, align 4
  %78 = lshr i32 %77, 6
  %79 = and i32 %78, 63
  %80 = or i32 128, %79
  %81 = trunc i32 %80 to i8
  %82 = load ptr, ptr %5, align 8
  %83 = getelementptr inbounds i8, ptr %82, i64 2
  store i8 %81, ptr %83, align 1
  %84 = load i32, ptr %4, align 4
  %85 = and i32 %84, 63
  %86 = or i32 128, %85
  %87 = trunc i32 %86 to i8
  %88 = load ptr, ptr %5, align 8
  %89 = getelementptr inbounds i8, ptr %88, i64 3
  store i8 %87, ptr %89, align 1
  store i32 4, ptr %3, align 4
  br label %90

90:                                               ; preds = %63, %62, %39, %35, %16, %8
  %91 = load i32, ptr %3, align 4
  ret i32 %91
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @utf8_length(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %10

10:                                               ; preds = %29, %2
  %11 = load i32, ptr %7, align 4
  %12 = load i32, ptr %5, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %35

14:                                               ; preds = %10
  %15 = load ptr, ptr %4, align 8
  %16 = load i32, ptr %7, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i8, ptr %15, i64 %17
  %19 = load i32, ptr %5, align 4
  %20 = load i32, ptr %7, align 4
  %21 = sub nsw i32 %19, %20
  %22 = call i32 @utf8_decode(ptr noundef %18, i32 noundef %21, ptr noundef %8)
  store i32 %22, ptr %9, align 4
  %23 = load i32, ptr %9, align 4
  %24 = icmp slt i32 %23, 0
  br i1 %24, label %25, label %29

25:                                               ; preds = %14
  %26 = load i32, ptr %7, align 4
  %27 = add nsw i32 %26, 1
  %28 = sub nsw i32 0, %27
  store i32 %28, ptr %3, align 4
  br label %37

29:                                               ; preds = %14
  %30 = load i32, ptr %9, align 4
  %31 = load i32, ptr %7, align 4
  %32 = add nsw i32 %31, %30
  store i32 %32, ptr %7, align 4
  %33 = load i32, ptr %6, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %6, align 4
  br label %10, !llvm.loop !7

35:                                               ; preds = %10
  %36 = load i32, ptr %6, align 4
  store i32 %36, ptr %3, align 4
  br label %37

37:                                               ; preds = %35, %25
  %38 = load i32, ptr %3, align 4
  ret i32 %38
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @utf8_sanitize(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %11

11:                                               ; preds = %27, %3
  %12 = load i32, ptr %7, align 4
  %13 = load i32, ptr %5, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %39

15:                                               ; preds = %11
  %16 = load ptr, ptr %4, align 8
  %17 = load i32, ptr %7, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i8, ptr %16, i64 %18
  %20 = load i32, ptr %5, align 4
  %21 = load i32, ptr %7, align 4
  %22 = sub nsw i32 %20, %21
  %23 = call i32 @utf8_decode(ptr noundef %19, i32 noundef %22, ptr noundef %9)
  store i32 %23, ptr %10, align 4
  %24 = load i32, ptr %10, align 4
  %25 = icmp slt i32 %24, 0
  br i1 %25, label %26, label %27

26:                                               ; preds = %15
  store i32 65533, ptr %9, align 4
  store i32 1, ptr %10, align 4
  br label %27

27:                                               ; preds = %26, %15
  %28 = load i32, ptr %9, align 4
  %29 = load ptr, ptr %6, align 8
  %30 = load i32, ptr %8, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i8, ptr %29, i64 %31
  %33 = call i32 @utf8_encode(i32 noundef %28, ptr noundef %32)
  %34 = load i32, ptr %8, align 4
  %35 = add nsw i32 %34, %33
  store i32 %35, ptr %8, align 4
  %36 = load i32, ptr %10, align 4
  %37 = load i32, ptr %7, align 4
  %38 = add nsw i32 %37, %36
  store i32 %38, ptr %7, align 4
  br label %11, !llvm.loop !8

39:                                               ; preds = %11
  %40 = load i32, ptr %8, align 4
  ret i32 %40
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
