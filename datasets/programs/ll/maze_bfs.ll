source_filename = "maze_bfs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.point = type { i16, i16 }

@DX = internal constant [4 x i32] [i32 1, i32 -1, i32 0, i32 0], align 16
@DY = internal constant [4 x i32] [i32 0, i32 0, i32 1, i32 -1], align 16
@reachable_cells.seen = internal global [32 x [32 x i8]] zeroinitializer, align 16

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @maze_solve(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [1024 x %struct.point], align 16
  %9 = alloca [32 x [32 x %struct.point]], align 16
  %10 = alloca [32 x [32 x i32]], align 16
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca %struct.point, align 2
  %18 = alloca %struct.point, align 2
  %19 = alloca i32, align 4
  %20 = alloca %struct.point, align 2
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca %struct.point, align 2
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store i32 0, ptr %11, align 4
  store i32 0, ptr %12, align 4
  store i32 -1, ptr %13, align 4
  store i32 -1, ptr %14, align 4
  store i32 0, ptr %15, align 4
  br label %25

25:                                               ; preds = %59, %3
  %26 = load i32, ptr %15, align 4
  %27 = load i32, ptr %7, align 4
  %28 = icmp slt i32 %26, %27
  br i1 %28, label %29, label %62

29:                                               ; preds = %25
  store i32 0, ptr %16, align 4
  br label %30

30:                                               ; preds = %55, %29
  %31 = load i32, ptr %16, align 4
  %32 = load i32, ptr %6, align 4
  %33 = icmp slt i32 %31, %32
  br i1 %33, label %34, label %58

34:                                               ; preds = %30
  %35 = load i32, ptr %15, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [32 x [32 x i32]], ptr %10, i64 0, i64 %36
  %38 = load i32, ptr %16, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [32 x i32], ptr %37, i64 0, i64 %39
  store i32 -1, ptr %40, align 4
  %41 = load ptr, ptr %5, align 8
  %42 = load i32, ptr %15, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [32 x i8], ptr %41, i64 %43
  %45 = load i32, ptr %16, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [32 x i8], ptr %44, i64 0, i64 %46
  %48 = load i8, ptr %47, align 1
  %49 = sext i8 %48 to i32
  %50 = icmp eq i32 %49, 83
  br i1 %50, label %51, label %54

51:                                               ; preds = %34
  %52 = load i32, ptr %16, align 4
  store i32 %52, ptr %13, align 4
  %53 = load i32, ptr %15, align 4
  store i32 %53, ptr %14, align 4
  br label %54

54:                                               ; preds = %51, %34
  br label %55

55:                                               ; preds = %54
  %56 = load i32, ptr %16, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %16, align 4
  br label %30, !llvm.loop !5

58:                                               ; preds = %30
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %15, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %15, align 4
  br label %25, !llvm.loop !7

62:                                               ; preds = %25
  %63 = load i32, ptr %13, align 4
  %64 = icmp slt i32 %63, 0
  br i1 %64, label %65, label %66

65:                                               ; preds = %62
  store i32 -1, ptr %4, align 4
  br label %231

66:                                               ; preds = %62
  %67 = load i32, ptr %14, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [32 x [32 x i32]], ptr %10, i64 0, i64 %68
  %70 = load i32, ptr %13, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [32 x i32], ptr %69, i64 0, i64 %71
  store i32 0, ptr %72, align 4
  %73 = load i32, ptr %12, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %12, align 4
  %75 = sext i32 %73 to i64
  %76 = getelementptr inbounds [1024 x %struct.point], ptr %8, i64 0, i64 %75
  %77 = getelementptr inbounds nuw %struct.point, ptr %17, i32 0, i32 0
  %78 = load i32, ptr %13, align 4
  %79 = trunc i32 %78 to i16
  store i16 %79, ptr %77, align 2
  %80 = getelementptr inbounds nuw %struct.point, ptr %17, i32 0, i32 1
  %81 = load i32, ptr %14, align 4
  %82 = trunc i32 %81 to i16
  store i16 %82, ptr %80, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %76, ptr align 2 %17, i64 4, i1 false)
  br label %83

83:                                               ; preds = %229, %66
  %84 = load i32, ptr %11, align 4
  %85 = load i32, ptr %12, align 4
  %86 = icmp slt i32 %84, %85
  br i1 %86, label %87, label %230

87:                                               ; preds = %83
  %88 = load i32, ptr %11, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %11, align 4
  %90 = sext i32 %88 to i64
  %91 = getelementptr inbounds [1024 x %struct.point], ptr %8, i64 0, i64 %90
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %18, ptr align 4 %91, i64 4, i1 false)
  %92 = load ptr, ptr %5, align 8
  %93 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 1
  %94 = load i16, ptr %93, align 2
  %95 = sext i16 %94 to i64
  %96 = getelementptr inbounds [32 x i8], ptr %92, i64 %95
  %97 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 0
  %98 = load i16, ptr %97, align 2
  %99 = sext i16 %98 to i64
  %100 = getelementptr inbounds [32 x i8], ptr %96, i64 0, i64 %99
  %101 = load i8, ptr %100, align 1
  %102 = sext i8 %101 to i32
  %103 = icmp eq i32 %102, 69
  br i1 %103, label %104, label %155

104:                                              ; preds = %87
  %105 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 1
  %106 = load i16, ptr %105, align 2
  %107 = sext i16 %106 to i64
  %108 = getelementptr inbounds [32 x [32 x i32]], ptr %10, i64 0, i64 %107
  %109 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 0
  %110 = load i16, ptr %109, align 2
  %111 = sext i16 %110 to i64
  %112 = getelementptr inbounds [32 x i32], ptr %108, i64 0, i64 %111
  %113 = load i32, ptr %112, align 4
  store i32 %113, ptr %19, align 4
  %114 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 1
  %115 = load i16, ptr %114, align 2
  %116 = sext i16 %115 to i64
  %117 = getelementptr inbounds [32 x [32 x %struct.point]], ptr %9, i64 0, i64 %116
  %118 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 0
  %119 = load i16, ptr %118, align 2
  %120 = sext i16 %119 to i64
  %121 = getelementptr inbounds [32 x %struct.point], ptr %117, i64 0, i64 %120
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %20, ptr align 4 %121, i64 4, i1 false)
  br label %122

122:                                              ; preds = %135, %104
  %123 = load ptr, ptr %5, align 8
  %124 = getelementptr inbounds nuw %struct.point, ptr %20, i32 0, i32 1
  %125 = load i16, ptr %124, align 2
  %126 = sext i16 %125 to i64
  %127 = getelementptr inbounds [32 x i8], ptr %123, i64 %126
  %128 = getelementptr inbounds nuw %struct.point, ptr %20, i32 0, i32 0
  %129 = load i16, ptr %128, align 2
  %130 = sext i16 %129 to i64
  %131 = getelementptr inbounds [32 x i8], ptr %127, i64 0, i64 %130
  %132 = load i8, ptr %131, align 1
  %133 = sext i8 %132 to i32
  %134 = icmp ne i32 %133, 83
  br i1 %134, label %135, label %153

135:                                              ; preds = %122
  %136 = load ptr, ptr %5, align 8
  %137 = getelementptr inbounds nuw %struct.point, ptr %20, i32 0, i32 1
  %138 = load i16, ptr %137, align 2
  %139 = sext i16 %138 to i64
  %140 = getelementptr inbounds [32 x i8], ptr %136, i64 %139
  %141 = getelementptr inbounds nuw %struct.point, ptr %20, i32 0, i32 0
  %142 = load i16, ptr %141, align 2
  %143 = sext i16 %142 to i64
  %144 = getelementptr inbounds [32 x i8], ptr %140, i64 0, i64 %143
  store i8 46, ptr %144, align 1
  %145 = getelementptr inbounds nuw %struct.point, ptr %20, i32 0, i32 1
  %146 = load i16, ptr %145, align 2
  %147 = sext i16 %146 to i64
  %148 = getelementptr inbounds [32 x [32 x %struct.point]], ptr %9, i64 0, i64 %147
  %149 = getelementptr inbounds nuw %struct.point, ptr %20, i32 0, i32 0
  %150 = load i16, ptr %149, align 2
  %151 = sext i16 %150 to i64
  %152 = getelementptr inbounds [32 x %struct.point], ptr %148, i64 0, i64 %151
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %20, ptr align 4 %152, i64 4, i1 false)
  br label %122, !llvm.loop !8

153:                                              ; preds = %122
  %154 = load i32, ptr %19, align 4
  store i32 %154, ptr %4, align 4
  br label %231

155:                                              ; preds = %87
  store i32 0, ptr %21, align 4
  br label %156

156:                                              ; preds = %226, %155
  %157 = load i32, ptr %21, align 4
  %158 = icmp slt i32 %157, 4
  br i1 %158, label %159, label %229

159:                                              ; preds = %156
  %160 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 0
  %161 = load i16, ptr %160, align 2
  %162 = sext i16 %161 to i32
  %163 = load i32, ptr %21, align 4
  %164 = sext i32 %163 to i64
  %165 = getelementptr inbounds [4 x i32], ptr @DX, i64 0, i64 %164
  %166 = load i32, ptr %165, align 4
  %167 = add nsw i32 %162, %166
  store i32 %167, ptr %22, align 4
  %168 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 1
  %169 = load i16, ptr %168, align 2
  %170 = sext i16 %169 to i32
  %171 = load i32, ptr %21, align 4
  %172 = sext i32 %171 to i64
  %173 = getelementptr inbounds [4 x i32], ptr @DY, i64 0, i64 %172
  %174 = load i32, ptr %173, align 4
  %175 = add nsw i32 %170, %174
  store i32 %175, ptr %23, align 4
  %176 = load ptr, ptr %5, align 8
  %177 = load i32, ptr %22, align 4
  %178 = load i32, ptr %23, align 4
  %179 = load i32, ptr %6, align 4
  %180 = load i32, ptr %7, align 4
  %181 = call i32 @passable(ptr noundef %176, i32 noundef %177, i32 noundef %178, i32 noundef %179, i32 noundef %180)
  %182 = icmp ne i32 %181, 0
  br i1 %182, label %183, label %192

183:                                              ; preds = %159
  %184 = load i32, ptr %23, align 4
  %185 = sext i32 %184 to i64
  %186 = getelementptr inbounds [32 x [32 x i32]], ptr %10, i64 0, i64 %185
  %187 = load i32, ptr %22, align 4
  %188 = sext i32 %187 to i64
  %189 = getelementptr inbounds [32 x i32], ptr %186, i64 0, i64 %188
  %190 = load i32, ptr %189, align 4
  %191 = icmp sge i32 %190, 0
  br i1 %191, label %192, label %193

192:                                              ; preds = %183, %159
  br label %226

193:                                              ; preds = %183
  %194 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 1
  %195 = load i16, ptr %194, align 2
  %196 = sext i16 %195 to i64
  %197 = getelementptr inbounds [32 x [32 x i32]], ptr %10, i64 0, i64 %196
  %198 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 0
  %199 = load i16, ptr %198, align 2
  %200 = sext i16 %199 to i64
  %201 = getelementptr inbounds [32 x i32], ptr %197, i64 0, i64 %200
  %202 = load i32, ptr %201, align 4
  %203 = add nsw i32 %202, 1
  %204 = load i32, ptr %23, align 4
  %205 = sext i32 %204 to i64
  %206 = getelementptr inbounds [32 x [32 x i32]], ptr %10, i64 0, i64 %205
  %207 = load i32, ptr %22, align 4
  %208 = sext i32 %207 to i64
  %209 = getelementptr inbounds [32 x i32], ptr %206, i64 0, i64 %208
  store i32 %203, ptr %209, align 4
  %210 = load i32, ptr %23, align 4
  %211 = sext i32 %210 to i64
  %212 = getelementptr inbounds [32 x [32 x %struct.point]], ptr %9, i64 0, i64 %211
  %213 = load i32, ptr %22, align 4
  %214 = sext i32 %213 to i64
  %215 = getelementptr inbounds [32 x %struct.point], ptr %212, i64 0, i64 %214
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %215, ptr align 2 %18, i64 4, i1 false)
  %216 = load i32, ptr %12, align 4
  %217 = add nsw i32 %216, 1
  store i32 %217, ptr %12, align 4
  %218 = sext i32 %216 to i64
  %219 = getelementptr inbounds [1024 x %struct.point], ptr %8, i64 0, i64 %218
  %220 = getelementptr inbounds nuw %struct.point, ptr %24, i32 0, i32 0
  %221 = load i32, ptr %22, align 4
  %222 = trunc i32 %221 to i16
  store i16 %222, ptr %220, align 2
  %223 = getelementptr inbounds nuw %struct.point, ptr %24, i32 0, i32 1
  %224 = load i32, ptr %23, align 4
  %225 = trunc i32 %224 to i16
  store i16 %225, ptr %223, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %219, ptr align 2 %24, i64 4, i1 false)
  br label %226

226:                                              ; preds = %193, %192
  %227 = load i32, ptr %21, align 4
  %228 = add nsw i32 %227, 1
  store i32 %228, ptr %21, align 4
  br label %156, !llvm.loop !9

229:                                              ; preds = %156
  br label %83, !llvm.loop !10

230:                                              ; preds = %83
  store i32 -1, ptr %4, align 4
  br label %231

231:                                              ; preds = %230, %153, %65
  %232 = load i32, ptr %4, align 4
  ret i32 %232
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: noinline nounwind uwtable
define internal i32 @passable(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store i32 %2, ptr %8, align 4
  store i32 %3, ptr %9, align 4
  store i32 %4, ptr %10, align 4
  %11 = load i32, ptr %7, align 4
  %12 = icmp sge i32 %11, 0
  br i1 %12, label %13, label %35

13:                                               ; preds = %5
  %14 = load i32, ptr %8, align 4
  %15 = icmp sge i32 %14, 0
  br i1 %15, label %16, label %35

16:                                               ; preds = %13
  %17 = load i32, ptr %7, align 4
  %18 = load i32, ptr %9, align 4
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %35

20:                                               ; preds = %16
  %21 = load i32, ptr %8, align 4
  %22 = load i32, ptr %10, align 4
  %23 = icmp slt i32 %21, %22
  br i1 %23, label %24, label %35

24:                                               ; preds = %20
  %25 = load ptr, ptr %6, align 8
  %26 = load i32, ptr %8, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [32 x i8], ptr %25, i64 %27
  %29 = load i32, ptr %7, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [32 x i8], ptr %28, i64 0, i64 %30
  %32 = load i8, ptr %31, align 1
  %33 = sext i8 %32 to i32
  %34 = icmp ne i32 %33, 35
  br label %35

35:                                               ; preds = %24, %20, %16, %13, %5
  %36 = phi i1 [ false, %20 ], [ false, %16 ], [ false, %13 ], [ false, %5 ], [ %34, %24 ]
  %37 = zext i1 %36 to i32
  ret i32 %37
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @reachable_cells(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca [1024 x %struct.point], align 16
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca %struct.point, align 2
  %18 = alloca %struct.point, align 2
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca %struct.point, align 2
  store ptr %0, ptr %7, align 8
  store i32 %1, ptr %8, align 4
  store i32 %2, ptr %9, align 4
  store i32 %3, ptr %10, align 4
  store i32 %4, ptr %11, align 4
  store i32 0, ptr %13, align 4
  store i32 0, ptr %14, align 4
  store i32 0, ptr %15, align 4
  br label %23

23:                                               ; preds = %43, %5
  %24 = load i32, ptr %15, align 4
  %25 = load i32, ptr %9, align 4
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %46

27:                                               ; preds = %23
  store i32 0, ptr %16, align 4
  br label %28

28:                                               ; preds = %39, %27
  %29 = load i32, ptr %16, align 4
  %30 = load i32, ptr %8, align 4
  %31 = icmp slt i32 %29, %30
  br i1 %31, label %32, label %42

32:                                               ; preds = %28
  %33 = load i32, ptr %15, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [32 x [32 x i8]], ptr @reachable_cells.seen, i64 0, i64 %34
  %36 = load i32, ptr %16, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [32 x i8], ptr %35, i64 0, i64 %37
  store i8 0, ptr %38, align 1
  br label %39

39:                                               ; preds = %32
  %40 = load i32, ptr %16, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %16, align 4
  br label %28, !llvm.loop !11

42:                                               ; preds = %28
  br label %43

43:                                               ; preds = %42
  %44 = load i32, ptr %15, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %15, align 4
  br label %23, !llvm.loop !12

46:                                               ; preds = %23
  %47 = load ptr, ptr %7, align 8
  %48 = load i32, ptr %10, align 4
  %49 = load i32, ptr %11, align 4
  %50 = load i32, ptr %8, align 4
  %51 = load i32, ptr %9, align 4
  %52 = call i32 @passable(ptr noundef %47, i32 noundef %48, i32 noundef %49, i32 noundef %50, i32 noundef %51)
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %55, label %54

54:                                               ; preds = %46
  store i32 0, ptr %6, align 4
  br label %142

55:                                               ; preds = %46
  %56 = load i32, ptr %13, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %13, align 4
  %58 = sext i32 %56 to i64
  %59 = getelementptr inbounds [1024 x %struct.point], ptr %12, i64 0, i64 %58
  %60 = getelementptr inbounds nuw %struct.point, ptr %17, i32 0, i32 0
  %61 = load i32, ptr %10, align 4
  %62 = trunc i32 %61 to i16
  store i16 %62, ptr %60, align 2
  %63 = getelementptr inbounds nuw %struct.point, ptr %17, i32 0, i32 1
  %64 = load i32, ptr %11, align 4
  %65 = trunc i32 %64 to i16
  store i16 %65, ptr %63, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %59, ptr align 2 %17, i64 4, i1 false)
  %66 = load i32, ptr %11, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [32 x [32 x i8]], ptr @reachable_cells.seen, i64 0, i64 %67
  %69 = load i32, ptr %10, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [32 x i8], ptr %68, i64 0, i64 %70
  store i8 1, ptr %71, align 1
  br label %72

72:                                               ; preds = %139, %55
  %73 = load i32, ptr %13, align 4
  %74 = icmp sgt i32 %73, 0
  br i1 %74, label %75, label %140

75:                                               ; preds = %72
  %76 = load i32, ptr %13, align 4
  %77 = add nsw i32 %76, -1
  store i32 %77, ptr %13, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [1024 x %struct.point], ptr %12, i64 0, i64 %78
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %18, ptr align 4 %79, i64 4, i1 false)
  %80 = load i32, ptr %14, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %14, align 4
  store i32 0, ptr %19, align 4
  br label %82

82:                                               ; preds = %136, %75
  %83 = load i32, ptr %19, align 4
  %84 = icmp slt i32 %83, 4
  br i1 %84, label %85, label %139

85:                                               ; preds = %82
  %86 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 0
  %87 = load i16, ptr %86, align 2
  %88 = sext i16 %87 to i32
  %89 = load i32, ptr %19, align 4
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [4 x i32], ptr @DX, i64 0, i64 %90
  %92 = load i32, ptr %91, align 4
  %93 = add nsw i32 %88, %92
  store i32 %93, ptr %20, align 4
  %94 = getelementptr inbounds nuw %struct.point, ptr %18, i32 0, i32 1
  %95 = load i16, ptr %94, align 2
  %96 = sext i16 %95 to i32
  %97 = load i32, ptr %19, align 4
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [4 x i32], ptr @DY, i64 0, i64 %98
  %100 = load i32, ptr %99, align 4
  %101 = add nsw i32 %96, %100
  store i32 %101, ptr %21, align 4
  %102 = load ptr, ptr %7, align 8
  %103 = load i32, ptr %20, align 4
  %104 = load i32, ptr %21, align 4
  %105 = load i32, ptr %8, align 4
  %106 = load i32, ptr %9, align 4
  %107 = call i32 @passable(ptr noundef %102, i32 noundef %103, i32 noundef %104, i32 noundef %105, i32 noundef %106)
  %108 = icmp ne i32 %107, 0
  br i1 %108, label %109, label %135

109:                                              ; preds = %85
  %110 = load i32, ptr %21, align 4
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [32 x [32 x i8]], ptr @reachable_cells.seen, i64 0, i64 %111
  %113 = load i32, ptr %20, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [32 x i8], ptr %112, i64 0, i64 %114
  %116 = load i8, ptr %115, align 1
  %117 = icmp ne i8 %116, 0
  br i1 %117, label %135, label %118

118:                                              ; preds = %109
  %119 = load i32, ptr %21, align 4
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds [32 x [32 x i8]], ptr @reachable_cells.seen, i64 0, i64 %120
  %122 = load i32, ptr %20, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [32 x i8], ptr %121, i64 0, i64 %123
  store i8 1, ptr %124, align 1
  %125 = load i32, ptr %13, align 4
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %13, align 4
  %127 = sext i32 %125 to i64
  %128 = getelementptr inbounds [1024 x %struct.point], ptr %12, i64 0, i64 %127
  %129 = getelementptr inbounds nuw %struct.point, ptr %22, i32 0, i32 0
  %130 = load i32, ptr %20, align 4
  %131 = trunc i32 %130 to i16
  store i16 %131, ptr %129, align 2
  %132 = getelementptr inbounds nuw %struct.point, ptr %22, i32 0, i32 1
  %133 = load i32, ptr %21, align 4
  %134 = trunc i32 %133 to i16
  store i16 %134, ptr %132, align 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %128, ptr align 2 %22, i64 4, i1 false)
  br label %135

135:                                              ; preds = %118, %109, %85
  br label %136

136:                                              ; preds = %135
  %137 = load i32, ptr %19, align 4
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %19, align 4
  br label %82, !llvm.loop !13

139:                                              ; preds = %82
  br label %72, !llvm.loop !14

140:                                              ; preds = %72
  %141 = load i32, ptr %14, align 4
  store i32 %141, ptr %6, align 4
  br label %142

142:                                              ; preds = %140, %54
  %143 = load i32, ptr %6, align 4
  ret i32 %143
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
