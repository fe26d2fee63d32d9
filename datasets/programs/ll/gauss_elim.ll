source_filename = "gauss_elim.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @gauss_solve(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca double, align 8
  %15 = alloca double, align 8
  %16 = alloca i32, align 4
  %17 = alloca double, align 8
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca double, align 8
  %21 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store i32 %3, ptr %9, align 4
  %22 = load i32, ptr %9, align 4
  %23 = icmp sgt i32 %22, 16
  br i1 %23, label %24, label %25

24:                                               ; preds = %4
  store i32 -1, ptr %5, align 4
  br label %279

25:                                               ; preds = %4
  store i32 0, ptr %10, align 4
  br label %26

26:                                               ; preds = %219, %25
  %27 = load i32, ptr %10, align 4
  %28 = load i32, ptr %9, align 4
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %222

30:                                               ; preds = %26
  %31 = load i32, ptr %10, align 4
  store i32 %31, ptr %11, align 4
  %32 = load i32, ptr %10, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %12, align 4
  br label %34

34:                                               ; preds = %61, %30
  %35 = load i32, ptr %12, align 4
  %36 = load i32, ptr %9, align 4
  %37 = icmp slt i32 %35, %36
  br i1 %37, label %38, label %64

38:                                               ; preds = %34
  %39 = load ptr, ptr %6, align 8
  %40 = load i32, ptr %12, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [16 x double], ptr %39, i64 %41
  %43 = load i32, ptr %10, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [16 x double], ptr %42, i64 0, i64 %44
  %46 = load double, ptr %45, align 8
  %47 = call double @fabs_(double noundef %46)
  %48 = load ptr, ptr %6, align 8
  %49 = load i32, ptr %11, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [16 x double], ptr %48, i64 %50
  %52 = load i32, ptr %10, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [16 x double], ptr %51, i64 0, i64 %53
  %55 = load double, ptr %54, align 8
  %56 = call double @fabs_(double noundef %55)
  %57 = fcmp ogt double %47, %56
  br i1 %57, label %58, label %60

58:                                               ; preds = %38
  %59 = load i32, ptr %12, align 4
  store i32 %59, ptr %11, align 4
  br label %60

60:                                               ; preds = %58, %38
  br label %61

61:                                               ; preds = %60
  %62 = load i32, ptr %12, align 4
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %12, align 4
  br label %34, !llvm.loop !5

64:                                               ; preds = %34
  %65 = load ptr, ptr %6, align 8
  %66 = load i32, ptr %11, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [16 x double], ptr %65, i64 %67
  %69 = load i32, ptr %10, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [16 x double], ptr %68, i64 0, i64 %70
  %72 = load double, ptr %71, align 8
  %73 = call double @fabs_(double noundef %72)
  %74 = fcmp olt double %73, 0x3D719799812DEA11
  br i1 %74, label %75, label %76

75:                                               ; preds = %64
  store i32 -1, ptr %5, align 4
  br label %279

76:                                               ; preds = %64
  %77 = load i32, ptr %11, align 4
  %78 = load i32, ptr %10, align 4
  %79 = icmp ne i32 %77, %78
  br i1 %79, label %80, label %140

80:                                               ; preds = %76
  store i32 0, ptr %13, align 4
  br label %81

81:                                               ; preds = %117, %80
  %82 = load i32, ptr %13, align 4
  %83 = load i32, ptr %9, align 4
  %84 = icmp slt i32 %82, %83
  br i1 %84, label %85, label %120

85:                                               ; preds = %81
  %86 = load ptr, ptr %6, align 8
  %87 = load i32, ptr %10, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [16 x double], ptr %86, i64 %88
  %90 = load i32, ptr %13, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [16 x double], ptr %89, i64 0, i64 %91
  %93 = load double, ptr %92, align 8
  store double %93, ptr %14, align 8
  %94 = load ptr, ptr %6, align 8
  %95 = load i32, ptr %11, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [16 x double], ptr %94, i64 %96
  %98 = load i32, ptr %13, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [16 x double], ptr %97, i64 0, i64 %99
  %101 = load double, ptr %100, align 8
  %102 = load ptr, ptr %6, align 8
  %103 = load i32, ptr %10, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [16 x double], ptr %102, i64 %104
  %106 = load i32, ptr %13, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [16 x double], ptr %105, i64 0, i64 %107
  store double %101, ptr %108, align 8
  %109 = load double, ptr %14, align 8
  %110 = load ptr, ptr %6, align 8
  %111 = load i32, ptr %11, align 4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [16 x double], ptr %110, i64 %112
  %114 = load i32, ptr %13, align 4
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [16 x double], ptr %113, i64 0, i64 %115
  store double %109, ptr %116, align 8
  br label %117

117:                                              ; preds = %85
  %118 = load i32, ptr %13, align 4
  %119 = add nsw i32 %118, 1
  store i32 %119, ptr %13, align 4
  br label %81, !llvm.loop !7

120:                                              ; preds = %81
  %121 = load ptr, ptr %7, align 8
  %122 = load i32, ptr %10, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds double, ptr %121, i64 %123
  %125 = load double, ptr %124, align 8
  store double %125, ptr %15, align 8
  %126 = load ptr, ptr %7, align 8
  %127 = load i32, ptr %11, align 4
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds double, ptr %126, i64 %128
  %130 = load double, ptr %129, align 8
  %131 = load ptr, ptr %7, align 8
  %132 = load i32, ptr %10, align 4
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds double, ptr %131, i64 %133
  store double %130, ptr %134, align 8
  %135 = load double, ptr %15, align 8
  %136 = load ptr, ptr %7, align 8
  %137 = load i32, ptr %11, align 4
  %138 = sext i32 %137 to i64
  %139 = getelementptr inbounds double, ptr %136, i64 %138
  store double %135, ptr %139, align 8
  br label %140

140:                                              ; preds = %120, %76
  %141 = load i32, ptr %10, align 4
  %142 = add nsw i32 %141, 1
  store i32 %142, ptr %16, align 4
  br label %143

143:                                              ; preds = %215, %140
  %144 = load i32, ptr %16, align 4
  %145 = load i32, ptr %9, align 4
  %146 = icmp slt i32 %144, %145
  br i1 %146, label %147, label %218

147:                                              ; preds = %143
  %148 = load ptr, ptr %6, align 8
  %149 = load i32, ptr %16, align 4
  %150 = sext i32 %149 to i64
  %151 = getelementptr inbounds [16 x double], ptr %148, i64 %150
  %152 = load i32, ptr %10, align 4
  %153 = sext i32 %152 to i64
  %154 = getelementptr inbounds [16 x double], ptr %151, i64 0, i64 %153
  %155 = load double, ptr %154, align 8
  %156 = load ptr, ptr %6, align 8
  %157 = load i32, ptr %10, align 4
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds [16 x double], ptr %156, i64 %158
  %160 = load i32, ptr %10, align 4
  %161 = sext i32 %160 to i64
  %162 = getelementptr inbounds [16 x double], ptr %159, i64 0, i64 %161
  %163 = load double, ptr %162, align 8
  %164 = fdiv double %155, %163
  store double %164, ptr %17, align 8
  %165 = load ptr, ptr %6, align 8
  %166 = load i32, ptr %16, align 4
  %167 = sext i32 %166 to i64
  %168 = getelementptr inbounds [16 x double], ptr %165, i64 %167
  %169 = load i32, ptr %10, align 4
  %170 = sext i32 %169 to i64
  %171 = getelementptr inbounds [16 x double], ptr %168, i64 0, i64 %170
  store double 0.000000e+00, ptr %171, align 8
  %172 = load i32, ptr %10, align 4
  %173 = add nsw i32 %172, 1
  store i32 %173, ptr %18, align 4
  br label %174

174:                                              ; preds = %198, %147
  %175 = load i32, ptr %18, align 4
  %176 = load i32, ptr %9, align 4
  %177 = icmp slt i32 %175, %176
  br i1 %177, label %178, label %201

178:                                              ; preds = %174
  %179 = load double, ptr %17, align 8
  %180 = load ptr, ptr %6, align 8
  %181 = load i32, ptr %10, align 4
  %182 = sext i32 %181 to i64
  %183 = getelementptr inbounds [16 x double], ptr %180, i64 %182
  %184 = load i32, ptr %18, align 4
  %185 = sext i32 %184 to i64
  %186 = getelementptr inbounds [16 x double], ptr %183, i64 0, i64 %185
  %187 = load double, ptr %186, align 8
  %188 = load ptr, ptr %6, align 8
  %189 = load i32, ptr %16, align 4
  %190 = sext i32 %189 to i64
  %191 = getelementptr inbounds [16 x double], ptr %188, i64 %190
  %192 = load i32, ptr %18, align 4
  %193 = sext i32 %192 to i64
  %194 = getelementptr inbounds [16 x double], ptr %191, i64 0, i64 %193
  %195 = load double, ptr %194, align 8
  %196 = fneg double %179
  %197 = call double @llvm.fmuladd.f64(double %196, double %187, double %195)
  store double %197, ptr %194, align 8
  br label %198

198:                                              ; preds = %178
  %199 = load i32, ptr %18, align 4
  %200 = add nsw i32 %199, 1
  store i32 %200, ptr %18, align 4
  br label %174, !llvm.loop !8

201:                                              ; preds = %174
  %202 = load double, ptr %17, align 8
  %203 = load ptr, ptr %7, align 8
  %204 = load i32, ptr %10, align 4
  %205 = sext i32 %204 to i64
  %206 = getelementptr inbounds double, ptr %203, i64 %205
  %207 = load double, ptr %206, align 8
  %208 = load ptr, ptr %7, align 8
  %209 = load i32, ptr %16, align 4
  %210 = sext i32 %209 to i64
  %211 = getelementptr inbounds double, ptr %208, i64 %210
  %212 = load double, ptr %211, align 8
  %213 = fneg double %202
  %214 = call double @llvm.fmuladd.f64(double %213, double %207, double %212)
  store double %214, ptr %211, align 8
  br label %215

215:                                              ; preds = %201
  %216 = load i32, ptr %16, align 4
  %217 = add nsw i32 %216, 1
  store i32 %217, ptr %16, align 4
  br label %143, !llvm.loop !9

218:                                              ; preds = %143
  br label %219

219:                                              ; preds = %218
  %220 = load i32, ptr %10, align 4
  %221 = add nsw i32 %220, 1
  store i32 %221, ptr %10, align 4
  br label %26, !llvm.loop !10

222:                                              ; preds = %26
  %223 = load i32, ptr %9, align 4
  %224 = sub nsw i32 %223, 1
  store i32 %224, ptr %19, align 4
  br label %225

225:                                              ; preds = %275, %222
  %226 = load i32, ptr %19, align 4
  %227 = icmp sge i32 %226, 0
  br i1 %227, label %228, label %278

228:                                              ; preds = %225
  %229 = load ptr, ptr %7, align 8
  %230 = load i32, ptr %19, align 4
  %231 = sext i32 %230 to i64
  %232 = getelementptr inbounds double, ptr %229, i64 %231
  %233 = load double, ptr %232, align 8
  store double %233, ptr %20, align 8
  %234 = load i32, ptr %19, align 4
  %235 = add nsw i32 %234, 1
  store i32 %235, ptr %21, align 4
  br label %236

236:                                              ; preds = %257, %228
  %237 = load i32, ptr %21, align 4
  %238 = load i32, ptr %9, align 4
  %239 = icmp slt i32 %237, %238
  br i1 %239, label %240, label %260

240:                                              ; preds = %236
  %241 = load ptr, ptr %6, align 8
  %242 = load i32, ptr %19, align 4
  %243 = sext i32 %242 to i64
  %244 = getelementptr inbounds [16 x double], ptr %241, i64 %243
  %245 = load i32, ptr %21, align 4
  %246 = sext i32 %245 to i64
  %247 = getelementptr inbounds [16 x double], ptr %244, i64 0, i64 %246
  %248 = load double, ptr %247, align 8
  %249 = load ptr, ptr %8, align 8
  %250 = load i32, ptr %21, align 4
  %251 = sext i32 %250 to i64
  %252 = getelementptr inbounds double, ptr %249, i64 %251
  %253 = load double, ptr %252, align 8
  %254 = load double, ptr %20, align 8
  %255 = fneg double %248
  %256 = call double @llvm.fmuladd.f64(double %255, double %253, double %254)
  store double %256, ptr %20, align 8
  br label %257

257:                                              ; preds = %240
  %258 = load i32, ptr %21, align 4
  %259 = add nsw i32 %258, 1
  store i32 %259, ptr %21, align 4
  br label %236, !llvm.loop !11

260:                                              ; preds = %236
  %261 = load double, ptr %20, align 8
  %262 = load ptr, ptr %6, align 8
  %263 = load i32, ptr %19, align 4
  %264 = sext i32 %263 to i64
  %265 = getelementptr inbounds [16 x double], ptr %262, i64 %264
  %266 = load i32, ptr %19, align 4
  %267 = sext i32 %266 to i64
  %268 = getelementptr inbounds [16 x double], ptr %265, i64 0, i64 %267
  %269 = load double, ptr %268, align 8
  %270 = fdiv double %261, %269
  %271 = load ptr, ptr %8, align 8
  %272 = load i32, ptr %19, align 4
  %273 = sext i32 %272 to i64
  %274 = getelementptr inbounds double, ptr %271, i64 %273
  store double %270, ptr %274, align 8
  br label %275

275:                                              ; preds = %260
  %276 = load i32, ptr %19, align 4
  %277 = add nsw i32 %276, -1
  store i32 %277, ptr %19, align 4
  br label %225, !llvm.loop !12

278:                                              ; preds = %225
  store i32 0, ptr %5, align 4
  br label %279

279:                                              ; preds = %278, %75, %24
  %280 = load i32, ptr %5, align 4
  ret i32 %280
}

; Function Attrs: noinline nounwind uwtable
define internal double @fabs_(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fcmp olt double %3, 0.000000e+00
  br i1 %4, label %5, label %8

5:                                                ; preds = %1
  %6 = load double, ptr %2, align 8
  %7 = fneg double %6
  br label %10

8:                                                ; preds = %1
  %9 = load double, ptr %2, align 8
  br label %10

10:                                               ; preds = %8, %5
  %11 = phi double [ %7, %5 ], [ %9, %8 ]
  ret double %11
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind uwtable
define dso_local double @residual(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  store double 0.000000e+00, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %13

13:                                               ; preds = %56, %4
  %14 = load i32, ptr %10, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %59

17:                                               ; preds = %13
  %18 = load ptr, ptr %6, align 8
  %19 = load i32, ptr %10, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds double, ptr %18, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = fneg double %22
  store double %23, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %24

24:                                               ; preds = %44, %17
  %25 = load i32, ptr %12, align 4
  %26 = load i32, ptr %8, align 4
  %27 = icmp slt i32 %25, %26
  br i1 %27, label %28, label %47

28:                                               ; preds = %24
  %29 = load ptr, ptr %5, align 8
  %30 = load i32, ptr %10, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [16 x double], ptr %29, i64 %31
  %33 = load i32, ptr %12, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [16 x double], ptr %32, i64 0, i64 %34
  %36 = load double, ptr %35, align 8
  %37 = load ptr, ptr %7, align 8
  %38 = load i32, ptr %12, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds double, ptr %37, i64 %39
  %41 = load double, ptr %40, align 8
  %42 = load double, ptr %11, align 8
  %43 = call double @llvm.fmuladd.f64(double %36, double %41, double %42)
  store double %43, ptr %11, align 8
  br label %44

44:                                               ; preds = %28
  %45 = load i32, ptr %12, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %12, align 4
  br label %24, !llvm.loop !13

47:                                               ; preds = %24
  %48 = load double, ptr %11, align 8
  %49 = call double @fabs_(double noundef %48)
  %50 = load double, ptr %9, align 8
  %51 = fcmp ogt double %49, %50
  br i1 %51, label %52, label %55

52:                                               ; preds = %47
  %53 = load double, ptr %11, align 8
  %54 = call double @fabs_(double noundef %53)
  store double %54, ptr %9, align 8
  br label %55

55:                                               ; preds = %52, %47
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %10, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %10, align 4
  br label %13, !llvm.loop !14

59:                                               ; preds = %13
  %60 = load double, ptr %9, align 8
  ret double %60
}

; Function Attrs: noinline nounwind uwtable
define dso_local double @determinant(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca [16 x [16 x double]], align 16
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca double, align 8
  %15 = alloca i32, align 4
  %16 = alloca double, align 8
  %17 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store double 1.000000e+00, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %18

18:                                               ; preds = %46, %2
  %19 = load i32, ptr %8, align 4
  %20 = load i32, ptr %5, align 4
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %49

22:                                               ; preds = %18
  store i32 0, ptr %9, align 4
  br label %23

23:                                               ; preds = %42, %22
  %24 = load i32, ptr %9, align 4
  %25 = load i32, ptr %5, align 4
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %45

27:                                               ; preds = %23
  %28 = load ptr, ptr %4, align 8
  %29 = load i32, ptr %8, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [16 x double], ptr %28, i64 %30
  %32 = load i32, ptr %9, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [16 x double], ptr %31, i64 0, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = load i32, ptr %8, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %37
  %39 = load i32, ptr %9, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [16 x double], ptr %38, i64 0, i64 %40
  store double %35, ptr %41, align 8
  br label %42

42:                                               ; preds = %27
  %43 = load i32, ptr %9, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %9, align 4
  br label %23, !llvm.loop !15

45:                                               ; preds = %23
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %8, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %8, align 4
  br label %18, !llvm.loop !16

49:                                               ; preds = %18
  store i32 0, ptr %10, align 4
  br label %50

50:                                               ; preds = %202, %49
  %51 = load i32, ptr %10, align 4
  %52 = load i32, ptr %5, align 4
  %53 = icmp slt i32 %51, %52
  br i1 %53, label %54, label %205

54:                                               ; preds = %50
  %55 = load i32, ptr %10, align 4
  store i32 %55, ptr %11, align 4
  %56 = load i32, ptr %10, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %12, align 4
  br label %58

58:                                               ; preds = %83, %54
  %59 = load i32, ptr %12, align 4
  %60 = load i32, ptr %5, align 4
  %61 = icmp slt i32 %59, %60
  br i1 %61, label %62, label %86

62:                                               ; preds = %58
  %63 = load i32, ptr %12, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %64
  %66 = load i32, ptr %10, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [16 x double], ptr %65, i64 0, i64 %67
  %69 = load double, ptr %68, align 8
  %70 = call double @fabs_(double noundef %69)
  %71 = load i32, ptr %11, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %72
  %74 = load i32, ptr %10, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [16 x double], ptr %73, i64 0, i64 %75
  %77 = load double, ptr %76, align 8
  %78 = call double @fabs_(double noundef %77)
  %79 = fcmp ogt double %70, %78
  br i1 %79, label %80, label %82

80:                                               ; preds = %62
  %81 = load i32, ptr %12, align 4
  store i32 %81, ptr %11, align 4
  br label %82

82:                                               ; preds = %80, %62
  br label %83

83:                                               ; preds = %82
  %84 = load i32, ptr %12, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %12, align 4
  br label %58, !llvm.loop !17

86:                                               ; preds = %58
  %87 = load i32, ptr %11, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %88
  %90 = load i32, ptr %10, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [16 x double], ptr %89, i64 0, i64 %91
  %93 = load double, ptr %92, align 8
  %94 = fcmp oeq double %93, 0.000000e+00
  br i1 %94, label %95, label %96

95:                                               ; preds = %86
  store double 0.000000e+00, ptr %3, align 8
  br label %207

96:                                               ; preds = %86
  %97 = load i32, ptr %11, align 4
  %98 = load i32, ptr %10, align 4
  %99 = icmp ne i32 %97, %98
  br i1 %99, label %100, label %139

100:                                              ; preds = %96
  %101 = load double, ptr %7, align 8
  %102 = fneg double %101
  store double %102, ptr %7, align 8
  store i32 0, ptr %13, align 4
  br label %103

103:                                              ; preds = %135, %100
  %104 = load i32, ptr %13, align 4
  %105 = load i32, ptr %5, align 4
  %106 = icmp slt i32 %104, %105
  br i1 %106, label %107, label %138

107:                                              ; preds = %103
  %108 = load i32, ptr %10, align 4
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %109
  %111 = load i32, ptr %13, align 4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [16 x double], ptr %110, i64 0, i64 %112
  %114 = load double, ptr %113, align 8
  store double %114, ptr %14, align 8
  %115 = load i32, ptr %11, align 4
  %116 = sext i32 %115 to i64
  %117 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %116
  %118 = load i32, ptr %13, align 4
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [16 x double], ptr %117, i64 0, i64 %119
  %121 = load double, ptr %120, align 8
  %122 = load i32, ptr %10, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %123
  %125 = load i32, ptr %13, align 4
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [16 x double], ptr %124, i64 0, i64 %126
  store double %121, ptr %127, align 8
  %128 = load double, ptr %14, align 8
  %129 = load i32, ptr %11, align 4
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %130
  %132 = load i32, ptr %13, align 4
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [16 x double], ptr %131, i64 0, i64 %133
  store double %128, ptr %134, align 8
  br label %135

135:                                              ; preds = %107
  %136 = load i32, ptr %13, align 4
  %137 = add nsw i32 %136, 1
  store i32 %137, ptr %13, align 4
  br label %103, !llvm.loop !18

138:                                              ; preds = %103
  br label %139

139:                                              ; preds = %138, %96
  %140 = load i32, ptr %10, align 4
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %141
  %143 = load i32, ptr %10, align 4
  %144 = sext i32 %143 to i64
  %145 = getelementptr inbounds [16 x double], ptr %142, i64 0, i64 %144
  %146 = load double, ptr %145, align 8
  %147 = load double, ptr %7, align 8
  %148 = fmul double %147, %146
  store double %148, ptr %7, align 8
  %149 = load i32, ptr %10, align 4
  %150 = add nsw i32 %149, 1
  store i32 %150, ptr %15, align 4
  br label %151

151:                                              ; preds = %198, %139
  %152 = load i32, ptr %15, align 4
  %153 = load i32, ptr %5, align 4
  %154 = icmp slt i32 %152, %153
  br i1 %154, label %155, label %201

155:                                              ; preds = %151
  %156 = load i32, ptr %15, align 4
  %157 = sext i32 %156 to i64
  %158 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %157
  %159 = load i32, ptr %10, align 4
  %160 = sext i32 %159 to i64
  %161 = getelementptr inbounds [16 x double], ptr %158, i64 0, i64 %160
  %162 = load double, ptr %161, align 8
  %163 = load i32, ptr %10, align 4
  %164 = sext i32 %163 to i64
  %165 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %164
  %166 = load i32, ptr %10, align 4
  %167 = sext i32 %166 to i64
  %168 = getelementptr inbounds [16 x double], ptr %165, i64 0, i64 %167
  %169 = load double, ptr %168, align 8
  %170 = fdiv double %162, %169
  store double %170, ptr %16, align 8
  %171 = load i32, ptr %10, align 4
  store i32 %171, ptr %17, align 4
  br label %172

172:                                              ; preds = %194, %155
  %173 = load i32, ptr %17, align 4
  %174 = load i32, ptr %5, align 4
  %175 = icmp slt i32 %173, %174
  br i1 %175, label %176, label %197

176:                                              ; preds = %172
  %177 = load double, ptr %16, align 8
  %178 = load i32, ptr %10, align 4
  %179 = sext i32 %178 to i64
  %180 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %179
  %181 = load i32, ptr %17, align 4
  %182 = sext i32 %181 to i64
  %183 = getelementptr inbounds [16 x double], ptr %180, i64 0, i64 %182
  %184 = load double, ptr %183, align 8
  %185 = load i32, ptr %15, align 4
  %186 = sext i32 %185 to i64
  %187 = getelementptr inbounds [16 x [16 x double]], ptr %6, i64 0, i64 %186
  %188 = load i32, ptr %17, align 4
  %189 = sext i32 %188 to i64
  %190 = getelementptr inbounds [16 x double], ptr %187, i64 0, i64 %189
  %191 = load double, ptr %190, align 8
  %192 = fneg double %177
  %193 = call double @llvm.fmuladd.f64(double %192, double %184, double %191)
  store double %193, ptr %190, align 8
  br label %194

194:                                              ; preds = %176
  %195 = load i32, ptr %17, align 4
  %196 = add nsw i32 %195, 1
  store i32 %196, ptr %17, align 4
  br label %172, !llvm.loop !19

197:                                              ; preds = %172
  br label %198

198:                                              ; preds = %197
  %199 = load i32, ptr %15, align 4
  %200 = add nsw i32 %199, 1
  store i32 %200, ptr %15, align 4
  br label %151, !llvm.loop !20

201:                                              ; preds = %151
  br label %202

202:                                              ; preds = %201
  %203 = load i32, ptr %10, align 4
  %204 = add nsw i32 %203, 1
  store i32 %204, ptr %10, align 4
  br label %50, !llvm.loop !21

205:                                              ; preds = %50
  %206 = load double, ptr %7, align 8
  store double %206, ptr %3, align 8
  br label %207

207:                                              ; preds = %205, %95
  %208 = load double, ptr %3, align 8
  ret double %208
}

attributes #0 = { nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

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
!16 = distinct !{!16, !6}
!17 = distinct !{!17, !6}
!18 = distinct !{!18, !6}
!19 = distinct !{!19, !6}
!20 = distinct !{!20, !6}
!21 = distinct !{!21, !6}
