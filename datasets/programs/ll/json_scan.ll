source_filename = "json_scan.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.scanner = type { ptr, i32, i32 }

@.str = private unnamed_addr constant [5 x i8] c"true\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"false\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"null\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @json_count_values(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca %struct.scanner, align 8
  store ptr %0, ptr %3, align 8
  %5 = getelementptr inbounds nuw %struct.scanner, ptr %4, i32 0, i32 0
  %6 = load ptr, ptr %3, align 8
  store ptr %6, ptr %5, align 8
  %7 = getelementptr inbounds nuw %struct.scanner, ptr %4, i32 0, i32 1
  store i32 0, ptr %7, align 8
  %8 = getelementptr inbounds nuw %struct.scanner, ptr %4, i32 0, i32 2
  store i32 0, ptr %8, align 4
  %9 = call i32 @scan_value(ptr noundef %4)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %12, label %11

11:                                               ; preds = %1
  store i32 -1, ptr %2, align 4
  br label %24

12:                                               ; preds = %1
  call void @skip_ws(ptr noundef %4)
  %13 = getelementptr inbounds nuw %struct.scanner, ptr %4, i32 0, i32 0
  %14 = load ptr, ptr %13, align 8
  %15 = load i8, ptr %14, align 1
  %16 = sext i8 %15 to i32
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %21

18:                                               ; preds = %12
  %19 = getelementptr inbounds nuw %struct.scanner, ptr %4, i32 0, i32 2
  %20 = load i32, ptr %19, align 4
  br label %22

21:                                               ; preds = %12
  br label %22

22:                                               ; preds = %21, %18
  %23 = phi i32 [ %20, %18 ], [ -1, %21 ]
  store i32 %23, ptr %2, align 4
  br label %24

24:                                               ; preds = %22, %11
  %25 = load i32, ptr %2, align 4
  ret i32 %25
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @scan_value(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i8, align 1
  %6 = alloca i8, align 1
  store ptr %0, ptr %3, align 8
  %7 = load ptr, ptr %3, align 8
  call void @skip_ws(ptr noundef %7)
  %8 = load ptr, ptr %3, align 8
  %9 = getelementptr inbounds nuw %struct.scanner, ptr %8, i32 0, i32 2
  %10 = load i32, ptr %9, align 4
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr %9, align 4
  %12 = load ptr, ptr %3, align 8
  %13 = getelementptr inbounds nuw %struct.scanner, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 8
  %15 = add nsw i32 %14, 1
  store i32 %15, ptr %13, align 8
  %16 = icmp sgt i32 %15, 64
  br i1 %16, label %17, label %18

17:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  br label %160

18:                                               ; preds = %1
  %19 = load ptr, ptr %3, align 8
  %20 = getelementptr inbounds nuw %struct.scanner, ptr %19, i32 0, i32 0
  %21 = load ptr, ptr %20, align 8
  %22 = load i8, ptr %21, align 1
  store i8 %22, ptr %5, align 1
  %23 = load i8, ptr %5, align 1
  %24 = sext i8 %23 to i32
  %25 = icmp eq i32 %24, 123
  br i1 %25, label %30, label %26

26:                                               ; preds = %18
  %27 = load i8, ptr %5, align 1
  %28 = sext i8 %27 to i32
  %29 = icmp eq i32 %28, 91
  br i1 %29, label %30, label %119

30:                                               ; preds = %26, %18
  %31 = load i8, ptr %5, align 1
  %32 = sext i8 %31 to i32
  %33 = icmp eq i32 %32, 123
  %34 = zext i1 %33 to i64
  %35 = select i1 %33, i32 125, i32 93
  %36 = trunc i32 %35 to i8
  store i8 %36, ptr %6, align 1
  %37 = load ptr, ptr %3, align 8
  %38 = getelementptr inbounds nuw %struct.scanner, ptr %37, i32 0, i32 0
  %39 = load ptr, ptr %38, align 8
  %40 = getelementptr inbounds nuw i8, ptr %39, i32 1
  store ptr %40, ptr %38, align 8
  %41 = load ptr, ptr %3, align 8
  call void @skip_ws(ptr noundef %41)
  store i32 1, ptr %4, align 4
  %42 = load ptr, ptr %3, align 8
  %43 = getelementptr inbounds nuw %struct.scanner, ptr %42, i32 0, i32 0
  %44 = load ptr, ptr %43, align 8
  %45 = load i8, ptr %44, align 1
  %46 = sext i8 %45 to i32
  %47 = load i8, ptr %6, align 1
  %48 = sext i8 %47 to i32
  %49 = icmp eq i32 %46, %48
  br i1 %49, label %50, label %55

50:                                               ; preds = %30
  %51 = load ptr, ptr %3, align 8
  %52 = getelementptr inbounds nuw %struct.scanner, ptr %51, i32 0, i32 0
  %53 = load ptr, ptr %52, align 8
  %54 = getelementptr inbounds nuw i8, ptr %53, i32 1
  store ptr %54, ptr %52, align 8
  br label %118

55:                                               ; preds = %30
  br label %56

56:                                               ; preds = %97, %55
  %57 = load i8, ptr %5, align 1
  %58 = sext i8 %57 to i32
  %59 = icmp eq i32 %58, 123
  br i1 %59, label %60, label %84

60:                                               ; preds = %56
  %61 = load ptr, ptr %3, align 8
  call void @skip_ws(ptr noundef %61)
  %62 = load ptr, ptr %3, align 8
  %63 = getelementptr inbounds nuw %struct.scanner, ptr %62, i32 0, i32 0
  %64 = load ptr, ptr %63, align 8
  %65 = load i8, ptr %64, align 1
  %66 = sext i8 %65 to i32
  %67 = icmp ne i32 %66, 34
  br i1 %67, label %72, label %68

68:                                               ; preds = %60
  %69 = load ptr, ptr %3, align 8
  %70 = call i32 @scan_string(ptr noundef %69)
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %73, label %72

72:                                               ; preds = %68, %60
  store i32 0, ptr %4, align 4
  br label %117

73:                                               ; preds = %68
  %74 = load ptr, ptr %3, align 8
  call void @skip_ws(ptr noundef %74)
  %75 = load ptr, ptr %3, align 8
  %76 = getelementptr inbounds nuw %struct.scanner, ptr %75, i32 0, i32 0
  %77 = load ptr, ptr %76, align 8
  %78 = getelementptr inbounds nuw i8, ptr %77, i32 1
  store ptr %78, ptr %76, align 8
  %79 = load i8, ptr %77, align 1
  %80 = sext i8 %79 to i32
  %81 = icmp ne i32 %80, 58
  br i1 %81, label %82, label %83

82:                                               ; preds = %73
  store i32 0, ptr %4, align 4
  br label %117

83:                                               ; preds = %73
  br label %84

84:                                               ; preds = %83, %56
  %85 = load ptr, ptr %3, align 8
  %86 = call i32 @scan_value(ptr noundef %85)
  %87 = icmp ne i32 %86, 0
  br i1 %87, label %89, label %88

88:                                               ; preds = %84
  store i32 0, ptr %4, align 4
  br label %117

89:                                               ; preds = %84
  %90 = load ptr, ptr %3, align 8
  call void @skip_ws(ptr noundef %90)
  %91 = load ptr, ptr %3, align 8
  %92 = getelementptr inbounds nuw %struct.scanner, ptr %91, i32 0, i32 0
  %93 = load ptr, ptr %92, align 8
  %94 = load i8, ptr %93, align 1
  %95 = sext i8 %94 to i32
  %96 = icmp eq i32 %95, 44
  br i1 %96, label %97, label %102

97:                                               ; preds = %89
  %98 = load ptr, ptr %3, align 8
  %99 = getelementptr inbounds nuw %struct.scanner, ptr %98, i32 0, i32 0
  %100 = load ptr, ptr %99, align 8
  %101 = getelementptr inbounds nuw i8, ptr %100, i32 1
  store ptr %101, ptr %99, align 8
  br label %56

102:                                              ; preds = %89
  %103 = load ptr, ptr %3, align 8
  %104 = getelementptr inbounds nuw %struct.scanner, ptr %103, i32 0, i32 0
  %105 = load ptr, ptr %104, align 8
  %106 = load i8, ptr %105, align 1
  %107 = sext i8 %106 to i32
  %108 = load i8, ptr %6, align 1
  %109 = sext i8 %108 to i32
  %110 = icmp eq i32 %107, %109
  br i1 %110, label %111, label %116

111:                                              ; preds = %102
  %112 = load ptr, ptr %3, align 8
  %113 = getelementptr inbounds nuw %struct.scanner, ptr %112, i32 0, i32 0
  %114 = load ptr, ptr %113, align 8
  %115 = getelementptr inbounds nuw i8, ptr %114, i32 1
  store ptr %115, ptr %113, align 8
  br label %117

116:                                              ; preds = %102
  store i32 0, ptr %4, align 4
  br label %117

117:                                              ; preds = %116, %111, %88, %82, %72
  br label %118

118:                                              ; preds = %117, %50
  br label %154

119:                                              ; preds = %26
  %120 = load i8, ptr %5, align 1
  %121 = sext i8 %120 to i32
  %122 = icmp eq i32 %121, 34
  br i1 %122, label %123, label %126

123:                                              ; preds = %119
  %124 = load ptr, ptr %3, align 8
  %125 = call i32 @scan_string(ptr noundef %124)
  store i32 %125, ptr %4, align 4
  br label %153

126:                                              ; preds = %119
  %127 = load i8, ptr %5, align 1
  %128 = sext i8 %127 to i32
  %129 = icmp eq i32 %128, 116
  br i1 %129, label %130, label %133

130:                                              ; preds = %126
  %131 = load ptr, ptr %3, align 8
  %132 = call i32 @scan_literal(ptr noundef %131, ptr noundef @.str)
  store i32 %132, ptr %4, align 4
  br label %152

133:                                              ; preds = %126
  %134 = load i8, ptr %5, align 1
  %135 = sext i8 %134 to i32
  %136 = icmp eq i32 %135, 102
  br i1 %136, label %137, label %140

137:                                              ; preds = %133
  %138 = load ptr, ptr %3, align 8
  %139 = call i32 @scan_literal(ptr noundef %138, ptr noundef @.str.1)
  store i32 %139, ptr %4, align 4
  br label %151

140:                                              ; preds = %133
  %141 = load i8, ptr %5, align 1
  %142 = sext i8 %141 to i32
  %143 = icmp eq i32 %142, 110
  br i1 %143, label %144, label %147

144:                                              ; preds = %140
  %145 = load ptr, ptr %3, align 8
  %146 = call i32 @scan_literal(ptr noundef %145, ptr noundef @.str.2)
  store i32 %146, ptr %4, align 4
  br label %150

147:                                              ; preds = %140
  %148 = load ptr, ptr %3, align 8
  %149 = call i32 @scan_number(ptr noundef %148)
  store i32 %149, ptr %4, align 4
  br label %150

150:                                              ; preds = %147, %144
  br label %151

151:                                              ; preds = %150, %137
  br label %152

152:                                              ; preds = %151, %130
  br label %153

153:                                              ; preds = %152, %123
  br label %154

154:                                              ; preds = %153, %118
  %155 = load ptr, ptr %3, align 8
  %156 = getelementptr inbounds nuw %struct.scanner, ptr %155, i32 0, i32 1
  %157 = load i32, ptr %156, align 8
  %158 = add nsw i32 %157, -1
  store i32 %158, ptr %156, align 8
  %159 = load i32, ptr %4, align 4
  store i32 %159, ptr %2, align 4
  br label %160

160:                                              ; preds = %154, %17
  %161 = load i32, ptr %2, align 4
  ret i32 %161
}

; Function Attrs: noinline nounwind uwtable
define internal void @skip_ws(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  br label %3

3:                                                ; preds = %33, %1
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds nuw %struct.scanner, ptr %4, i32 0, i32 0
  %6 = load ptr, ptr %5, align 8
  %7 = load i8, ptr %6, align 1
  %8 = sext i8 %7 to i32
  %9 = icmp eq i32 %8, 32
  br i1 %9, label %31, label %10

10:                                               ; preds = %3
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds nuw %struct.scanner, ptr %11, i32 0, i32 0
  %13 = load ptr, ptr %12, align 8
  %14 = load i8, ptr %13, align 1
  %15 = sext i8 %14 to i32
  %16 = icmp eq i32 %15, 10
  br i1 %16, label %31, label %17

17:                                               ; preds = %10
  %18 = load ptr, ptr %2, align 8
  %19 = getelementptr inbounds nuw %struct.scanner, ptr %18, i32 0, i32 0
  %20 = load ptr, ptr %19, align 8
  %21 = load i8, ptr %20, align 1
  %22 = sext i8 %21 to i32
  %23 = icmp eq i32 %22, 9
  br i1 %23, label %31, label %24

24:                                               ; preds = %17
  %25 = load ptr, ptr %2, align 8
  %26 = getelementptr inbounds nuw %struct.scanner, ptr %25, i32 0, i32 0
  %27 = load ptr, ptr %26, align 8
  %28 = load i8, ptr %27, align 1
  %29 = sext i8 %28 to i32
  %30 = icmp eq i32 %29, 13
  br label %31

31:                                               ; preds = %24, %17, %10, %3
  %32 = phi i1 [ true, %17 ], [ true, %10 ], [ true, %3 ], [ %30, %24 ]
  br i1 %32, label %33, label %38

33:                                               ; preds = %31
  %34 = load ptr, ptr %2, align 8
  %35 = getelementptr inbounds nuw %struct.scanner, ptr %34, i32 0, i32 0
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr inbounds nuw i8, ptr %36, i32 1
  store ptr %37, ptr %35, align 8
  br label %3, !llvm.loop !5

38:                                               ; preds = %31
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @scan_string(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds nuw %struct.scanner, ptr %5, i32 0, i32 0
  %7 = load ptr, ptr %6, align 8
  %8 = getelementptr inbounds nuw i8, ptr %7, i32 1
  store ptr %8, ptr %6, align 8
  br label %9

9:                                                ; preds = %75, %1
  %10 = load ptr, ptr %3, align 8
  %11 = getelementptr inbounds nuw %struct.scanner, ptr %10, i32 0, i32 0
  %12 = load ptr, ptr %11, align 8
  %13 = load i8, ptr %12, align 1
  %14 = sext i8 %13 to i32
  %15 = icmp ne i32 %14, 34
  br i1 %15, label %16, label %80

16:                                               ; preds = %9
  %17 = load ptr, ptr %3, align 8
  %18 = getelementptr inbounds nuw %struct.scanner, ptr %17, i32 0, i32 0
  %19 = load ptr, ptr %18, align 8
  %20 = load i8, ptr %19, align 1
  %21 = sext i8 %20 to i32
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %30, label %23

23:                                               ; preds = %16
  %24 = load ptr, ptr %3, align 8
  %25 = getelementptr inbounds nuw %struct.scanner, ptr %24, i32 0, i32 0
  %26 = load ptr, ptr %25, align 8
  %27 = load i8, ptr %26, align 1
  %28 = zext i8 %27 to i32
  %29 = icmp slt i32 %28, 32
  br i1 %29, label %30, label %31

30:                                               ; preds = %23, %16
  store i32 0, ptr %2, align 4
  br label %85

31:                                               ; preds = %23
  %32 = load ptr, ptr %3, align 8
  %33 = getelementptr inbounds nuw %struct.scanner, ptr %32, i32 0, i32 0
  %34 = load ptr, ptr %33, align 8
  %35 = load i8, ptr %34, align 1
  %36 = sext i8 %35 to i32
  %37 = icmp eq i32 %36, 92
  br i1 %37, label %38, label %75

38:                                               ; preds = %31
  %39 = load ptr, ptr %3, align 8
  %40 = getelementptr inbounds nuw %struct.scanner, ptr %39, i32 0, i32 0
  %41 = load ptr, ptr %40, align 8
  %42 = getelementptr inbounds nuw i8, ptr %41, i32 1
  store ptr %42, ptr %40, align 8
  %43 = load ptr, ptr %3, align 8
  %44 = getelementptr inbounds nuw %struct.scanner, ptr %43, i32 0, i32 0
  %45 = load ptr, ptr %44, align 8
  %46 = load i8, ptr %45, align 1
  %47 = sext i8 %46 to i32
  switch i32 %47, label %73 [
    i32 34, label %48
    i32 92, label %48
    i32 47, label %48
    i32 98, label %48
    i32 102, label %48
    i32 110, label %48
    i32 114, label %48
    i32 116, label %48
    i32 117, label %49
  ]

48:                                               ; preds = %38, %38, %38, %38, %38, %38, %38, %38
  br label %74

49:                                               ; preds = %38
  store i32 1, ptr %4, align 4
  br label %50

50:                                               ; preds = %65, %49
  %51 = load i32, ptr %4, align 4
  %52 = icmp sle i32 %51, 4
  br i1 %52, label %53, label %68

53:                                               ; preds = %50
  %54 = load ptr, ptr %3, align 8
  %55 = getelementptr inbounds nuw %struct.scanner, ptr %54, i32 0, i32 0
  %56 = load ptr, ptr %55, align 8
  %57 = load i32, ptr %4, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds i8, ptr %56, i64 %58
  %60 = load i8, ptr %59, align 1
  %61 = call i32 @is_hex(i8 noundef signext %60)
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %64, label %63

63:                                               ; preds = %53
  store i32 0, ptr %2, align 4
  br label %85

64:                                               ; preds = %53
  br label %65

65:                                               ; preds = %64
  %66 = load i32, ptr %4, align 4
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %4, align 4
  br label %50, !llvm.loop !7

68:                                               ; preds = %50
  %69 = load ptr, ptr %3, align 8
  %70 = getelementptr inbounds nuw %struct.scanner, ptr %69, i32 0, i32 0
  %71 = load ptr, ptr %70, align 8
  %72 = getelementptr inbounds i8, ptr %71, i64 4
  store ptr %72, ptr %70, align 8
  br label %74

73:                                               ; preds = %38
  store i32 0, ptr %2, align 4
  br label %85

74:                                               ; preds = %68, %48
  br label %75

75:                                               ; preds = %74, %31
  %76 = load ptr, ptr %3, align 8
  %77 = getelementptr inbounds nuw %struct.scanner, ptr %76, i32 0, i32 0
  %78 = load ptr, ptr %77, align 8
  %79 = getelementptr inbounds nuw i8, ptr %78, i32 1
  store ptr %79, ptr %77, align 8
  br label %9, !llvm.loop !8

80:                                               ; preds = %9
  %81 = load ptr, ptr %3, align 8
  %82 = getelementptr inbounds nuw %struct.scanner, ptr %81, i32 0, i32 0
  %83 = load ptr, ptr %82, align 8
  %84 = getelementptr inbounds nuw i8, ptr %83, i32 1
  store ptr %84, ptr %82, align 8
  store i32 1, ptr %2, align 4
  br label %85

85:                                               ; preds = %80, %73, %63, %30
  %86 = load i32, ptr %2, align 4
  ret i32 %86
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @scan_literal(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  br label %6

6:                                                ; preds = %23, %2
  %7 = load ptr, ptr %5, align 8
  %8 = load i8, ptr %7, align 1
  %9 = icmp ne i8 %8, 0
  br i1 %9, label %10, label %24

10:                                               ; preds = %6
  %11 = load ptr, ptr %4, align 8
  %12 = getelementptr inbounds nuw %struct.scanner, ptr %11, i32 0, i32 0
  %13 = load ptr, ptr %12, align 8
  %14 = getelementptr inbounds nuw i8, ptr %13, i32 1
  store ptr %14, ptr %12, align 8
  %15 = load i8, ptr %13, align 1
  %16 = sext i8 %15 to i32
  %17 = load ptr, ptr %5, align 8
  %18 = getelementptr inbounds nuw i8, ptr %17, i32 1
  store ptr %18, ptr %5, align 8
  %19 = load i8, ptr %17, align 1
  %20 = sext i8 %19 to i32
  %21 = icmp ne i32 %16, %20
  br i1 %21, label %22, label %23

22:                                               ; preds = %10
  store i32 0, ptr %3, align 4
  br label %25

23:                                               ; preds = %10
  br label %6, !llvm.loop !9

24:                                               ; preds = %6
  store i32 1, ptr %3, align 4
  br label %25

25:                                               ; preds = %24, %22
  %26 = load i32, ptr %3, align 4
  ret i32 %26
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @scan_number(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds nuw %struct.scanner, ptr %4, i32 0, i32 0
  %6 = load ptr, ptr %5, align 8
  %7 = load i8, ptr %6, align 1
  %8 = sext i8 %7 to i32
  %9 = icmp eq i32 %8, 45
  br i1 %9, label %10, label %15

10:                                               ; preds = %1
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds nuw %struct.scanner, ptr %11, i32 0, i32 0
  %13 = load ptr, ptr %12, align 8
  %14 = getelementptr inbounds nuw i8, ptr %13, i32 1
  store ptr %14, ptr %12, align 8
  br label %15

15:                                               ; preds = %10, %1
  %16 = load ptr, ptr %3, align 8
  %17 = getelementptr inbounds nuw %struct.scanner, ptr %16, i32 0, i32 0
  %18 = load ptr, ptr %17, align 8
  %19 = load i8, ptr %18, align 1
  %20 = sext i8 %19 to i32
  %21 = icmp eq i32 %20, 48
  br i1 %21, label %22, label %27

22:                                               ; preds = %15
  %23 = load ptr, ptr %3, align 8
  %24 = getelementptr inbounds nuw %struct.scanner, ptr %23, i32 0, i32 0
  %25 = load ptr, ptr %24, align 8
  %26 = getelementptr inbounds nuw i8, ptr %25, i32 1
  store ptr %26, ptr %24, align 8
  br label %66

27:                                               ; preds = %15
  %28 = load ptr, ptr %3, align 8
  %29 = getelementptr inbounds nuw %struct.scanner, ptr %28, i32 0, i32 0
  %30 = load ptr, ptr %29, align 8
  %31 = load i8, ptr %30, align 1
  %32 = sext i8 %31 to i32
  %33 = icmp sge i32 %32, 49
  br i1 %33, label %34, label %64

34:                                               ; preds = %27
  %35 = load ptr, ptr %3, align 8
  %36 = getelementptr inbounds nuw %struct.scanner, ptr %35, i32 0, i32 0
  %37 = load ptr, ptr %36, align 8
  %38 = load i8, ptr %37, align 1
  %39 = sext i8 %38 to i32
  %40 = icmp sle i32 %39, 57
  br i1 %40, label %41, label %64

41:                                               ; preds = %34
  br label %42

42:                                               ; preds = %58, %41
  %43 = load ptr, ptr %3, align 8
  %44 = getelementptr inbounds nuw %struct.scanner, ptr %43, i32 0, i32 0
  %45 = load ptr, ptr %44, align 8
  %46 = load i8, ptr %45, align 1
  %47 = sext i8 %46 to i32
  %48 = icmp sge i32 %47, 48
  br i1 %48, label %49, label %56

49:                                               ; preds = %42
  %50 = load ptr, ptr %3, align 8
  %51 = getelementptr inbounds nuw %struct.scanner, ptr %50, i32 0, i32 0
  %52 = load ptr, ptr %51, align 8
  %53 = load i8, ptr %52, align 1
  %54 = sext i8 %53 to i32
  %55 = icmp sle i32 %54, 57
  br label %56

56:                                               ; preds = %49, %42
  %57 = phi i1 [ false, %42 ], [ %55, %49 ]
  br i1 %57, label %58, label %63

58:                                               ; preds = %56
  %59 = load ptr, ptr %3, align 8
  %60 = getelementptr inbounds nuw %struct.scanner, ptr %59, i32 0, i32 0
  %61 = load ptr, ptr %60, align 8
  %62 = getelementptr inbounds nuw i8, ptr %61, i32 1
  store ptr %62, ptr %60, align 8
  br label %42, !llvm.loop !10

63:                                               ; preds = %56
  br label %65

64:                                               ; preds = %34, %27
  store i32 0, ptr %2, align 4
  br label %191

65:                                               ; preds = %63
  br label %66

66:                                               ; preds = %65, %22
  %67 = load ptr, ptr %3, align 8
  %68 = getelementptr inbounds nuw %struct.scanner, ptr %67, i32 0, i32 0
  %69 = load ptr, ptr %68, align 8
  %70 = load i8, ptr %69, align 1
  %71 = sext i8 %70 to i32
  %72 = icmp eq i32 %71, 46
  br i1 %72, label %73, label %115

73:                                               ; preds = %66
  %74 = load ptr, ptr %3, align 8
  %75 = getelementptr inbounds nuw %struct.scanner, ptr %74, i32 0, i32 0
  %76 = load ptr, ptr %75, align 8
  %77 = getelementptr inbounds nuw i8, ptr %76, i32 1
  store ptr %77, ptr %75, align 8
  %78 = load ptr, ptr %3, align 8
  %79 = getelementptr inbounds nuw %struct.scanner, ptr %78, i32 0, i32 0
  %80 = load ptr, ptr %79, align 8
  %81 = load i8, ptr %80, align 1
  %82 = sext i8 %81 to i32
  %83 = icmp sge i32 %82, 48
  br i1 %83, label %84, label %91

84:                                               ; preds = %73
  %85 = load ptr, ptr %3, align 8
  %86 = getelementptr inbounds nuw %struct.scanner, ptr %85, i32 0, i32 0
  %87 = load ptr, ptr %86, align 8
  %88 = load i8, ptr %87, align 1
  %89 = sext i8 %88 to i32
  %90 = icmp sle i32 %89, 57
  br i1 %90, label %92, label %91

91:                                               ; preds = %84, %73
  store i32 0, ptr %2, align 4
  br label %191

92:                                               ; preds = %84
  br label %93

93:                                               ; preds = %109, %92
  %94 = load ptr, ptr %3, align 8
  %95 = getelementptr inbounds nuw %struct.scanner, ptr %94, i32 0, i32 0
  %96 = load ptr, ptr %95, align 8
  %97 = load i8, ptr %96, align 1
  %98 = sext i8 %97 to i32
  %99 = icmp sge i32 %98, 48
  br i1 %99, label %100, label %107

100:                                              ; preds = %93
  %101 = load ptr, ptr %3, align 8
  %102 = getelementptr inbounds nuw %struct.scanner, ptr %101, i32 0, i32 0
  %103 = load ptr, ptr %102, align 8
  %104 = load i8, ptr %103, align 1
  %105 = sext i8 %104 to i32
  %106 = icmp sle i32 %105, 57
  br label %107

107:                                              ; preds = %100, %93
  %108 = phi i1 [ false, %93 ], [ %106, %100 ]
  br i1 %108, label %109, label %114

109:                                              ; preds = %107
  %110 = load ptr, ptr %3, align 8
  %111 = getelementptr inbounds nuw %struct.scanner, ptr %110, i32 0, i32 0
  %112 = load ptr, ptr %111, align 8
  %113 = getelementptr inbounds nuw i8, ptr %112, i32 1
  store ptr %113, ptr %111, align 8
  br label %93, !llvm.loop !11

114:                                              ; preds = %107
  br label %115

115:                                              ; preds = %114, %66
  %116 = load ptr, ptr %3, align 8
  %117 = getelementptr inbounds nuw %struct.scanner, ptr %116, i32 0, i32 0
  %118 = load ptr, ptr %117, align 8
  %119 = load i8, ptr %118, align 1
  %120 = sext i8 %119 to i32
  %121 = icmp eq i32 %120, 101
  br i1 %121, label %129, label %122

122:                                              ; preds = %115
  %123 = load ptr, ptr %3, align 8
  %124 = getelementptr inbounds nuw %struct.scanner, ptr %123, i32 0, i32 0
  %125 = load ptr, ptr %124, align 8
  %126 = load i8, ptr %125, align 1
  %127 = sext i8 %126 to i32
  %128 = icmp eq i32 %127, 69
  br i1 %128, label %129, label %190

129:                                              ; preds = %122, %115
  %130 = load ptr, ptr %3, align 8
  %131 = getelementptr inbounds nuw %struct.scanner, ptr %130, i32 0, i32 0
  %132 = load ptr, ptr %131, align 8
  %133 = getelementptr inbounds nuw i8, ptr %132, i32 1
  store ptr %133, ptr %131, align 8
  %134 = load ptr, ptr %3, align 8
  %135 = getelementptr inbounds nuw %struct.scanner, ptr %134, i32 0, i32 0
  %136 = load ptr, ptr %135, align 8
  %137 = load i8, ptr %136, align 1
  %138 = sext i8 %137 to i32
  %139 = icmp eq i32 %138, 43
  br i1 %139, label %147, label %140

140:                                              ; preds = %129
  %141 = load ptr, ptr %3, align 8
  %142 = getelementptr inbounds nuw %struct.scanner, ptr %141, i32 0, i32 0
  %143 = load ptr, ptr %142, align 8
  %144 = load i8, ptr %143, align 1
  %145 = sext i8 %144 to i32
  %146 = icmp eq i32 %145, 45
  br i1 %146, label %147, label %152

147:                                              ; preds = %140, %129
  %148 = load ptr, ptr %3, align 8
  %149 = getelementptr inbounds nuw %struct.scanner, ptr %148, i32 0, i32 0
  %150 = load ptr, ptr %149, align 8
  %151 = getelementptr inbounds nuw i8, ptr %150, i32 1
  store ptr %151, ptr %149, align 8
  br label %152

152:                                              ; preds = %147, %140
  %153 = load ptr, ptr %3, align 8
  %154 = getelementptr inbounds nuw %struct.scanner, ptr %153, i32 0, i32 0
  %155 = load ptr, ptr %154, align 8
  %156 = load i8, ptr %155, align 1
  %157 = sext i8 %156 to i32
  %158 = icmp sge i32 %157, 48
  br i1 %158, label %159, label %166

159:                                              ; preds = %152
  %160 = load ptr, ptr %3, align 8
  %161 = getelementptr inbounds nuw %struct.scanner, ptr %160, i32 0, i32 0
  %162 = load ptr, ptr %161, align 8
  %163 = load i8, ptr %162, align 1
  %164 = sext i8 %163 to i32
  %165 = icmp sle i32 %164, 57
  br i1 %165, label %167, label %166

166:                                              ; preds = %159, %152
  store i32 0, ptr %2, align 4
  br label %191

167:                                              ; preds = %159
  br label %168

168:                                              ; preds = %184, %167
  %169 = load ptr, ptr %3, align 8
  %170 = getelementptr inbounds nuw %struct.scanner, ptr %169, i32 0, i32 0
  %171 = load ptr, ptr %170, align 8
  %172 = load i8, ptr %171, align 1
  %173 = sext i8 %172 to i32
  %174 = icmp sge i32 %173, 48
  br i1 %174, label %175, label %182

175:                                              ; preds = %168
  %176 = load ptr, ptr %3, align 8
  %177 = getelementptr inbounds nuw %struct.scanner, ptr %176, i32 0, i32 0
  %178 = load ptr, ptr %177, align 8
  %179 = load i8, ptr %178, align 1
  %180 = sext i8 %179 to i32
  %181 = icmp sle i32 %180, 57
  br label %182

182:                                              ; preds = %175, %168
  %183 = phi i1 [ false, %168 ], [ %181, %175 ]
  br i1 %183, label %184, label %189

184:                                              ; preds = %182
  %185 = load ptr, ptr %3, align 8
  %186 = getelementptr inbounds nuw %struct.scanner, ptr %185, i32 0, i32 0
  %187 = load ptr, ptr %186, align 8
  %188 = getelementptr inbounds nuw i8, ptr %187, i32 1
  store ptr %188, ptr %186, align 8
  br label %168, !llvm.loop !12

189:                                              ; preds = %182
  br label %190

190:                                              ; preds = %189, %122
  store i32 1, ptr %2, align 4
  br label %191

191:                                              ; preds = %190, %166, %91, %64
  %192 = load i32, ptr %2, align 4
  ret i32 %192
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @is_hex(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sext i8 %3 to i32
  %5 = icmp sge i32 %4, 48
  br i1 %5, label %6, label %10

6:                                                ; preds = %1
  %7 = load i8, ptr %2, align 1
  %8 = sext i8 %7 to i32
  %9 = icmp sle i32 %8, 57
  br i1 %9, label %28, label %10

10:                                               ; preds = %6, %1
  %11 = load i8, ptr %2, align 1
  %12 = sext i8 %11 to i32
  %13 = icmp sge i32 %12, 97
  br i1 %13, label %14, label %18

14:                                               ; preds = %10
  %15 = load i8, ptr %2, align 1
  %16 = sext i8 %15 to i32
  %17 = icmp sle i32 %16, 102
  br i1 %17, label %28, label %18

18:                                               ; preds = %14, %10
  %19 = load i8, ptr %2, align 1
  %20 = sext i8 %19 to i32
  %21 = icmp sge i32 %20, 65
  br i1 %21, label %22, label %26

22:                                               ; preds = %18
  %23 = load i8, ptr %2, align 1
  %24 = sext i8 %23 to i32
  %25 = icmp sle i32 %24, 70
  br label %26

26:                                               ; preds = %22, %18
  %27 = phi i1 [ false, %18 ], [ %25, %22 ]
  br label %28

28:                                               ; preds = %26, %14, %6
  %29 = phi i1 [ true, %14 ], [ true, %6 ], [ %27, %26 ]
  %30 = zext i1 %29 to i32
  ret i32 %30
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
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
