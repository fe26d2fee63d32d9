/* In-place quicksort with median-of-three pivot and insertion sort for short ranges. */
static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
static void insertion(int *v, int lo, int hi) {
    for (int i = lo + 1; i <= hi; i++) { int x = v[i], j = i - 1; while (j >= lo && v[j] > x) { v[j + 1] = v[j]; j--; } v[j + 1] = x; }
}
void quicksort(int *v, int lo, int hi) {
    while (hi - lo > 8) {
        int mid = lo + (hi - lo) / 2;
        if (v[mid] < v[lo]) swap(&v[mid], &v[lo]);
        if (v[hi] < v[lo]) swap(&v[hi], &v[lo]);
        if (v[hi] < v[mid]) swap(&v[hi], &v[mid]);
        int pivot = v[mid], i = lo, j = hi;
        while (i <= j) { while (v[i] < pivot) i++; while (v[j] > pivot) j--; if (i <= j) swap(&v[i++], &v[j--]); }
        if (j - lo < hi - i) { quicksort(v, lo, j); lo = i; } else { quicksort(v, i, hi); hi = j; }
    }
    insertion(v, lo, hi);
}
