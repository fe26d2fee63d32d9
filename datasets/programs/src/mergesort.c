/* Bottom-up merge sort with insertion-sorted runs, stable on (key, tag) records; inversion counting. */
struct rec { int key; int tag; };

#define RUN 8

static void insertion_sort(struct rec *a, int lo, int hi) {
    for (int i = lo + 1; i < hi; i++) {
        struct rec x = a[i];
        int j = i - 1;
        while (j >= lo && a[j].key > x.key) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = x;
    }
}

static long merge(struct rec *src, struct rec *dst, int lo, int mid, int hi) {
    int i = lo, j = mid, k = lo;
    long inversions = 0;
    while (i < mid && j < hi) {
        if (src[j].key < src[i].key) {
            inversions += mid - i;
            dst[k++] = src[j++];
        } else {
            dst[k++] = src[i++];
        }
    }
    while (i < mid) dst[k++] = src[i++];
    while (j < hi) dst[k++] = src[j++];
    return inversions;
}

/* Sorts a[0..n) by key using tmp[0..n); returns the number of inversions between runs. */
long merge_sort(struct rec *a, struct rec *tmp, int n) {
    long inversions = 0;
    for (int lo = 0; lo < n; lo += RUN) insertion_sort(a, lo, lo + RUN < n ? lo + RUN : n);
    struct rec *src = a, *dst = tmp;
    for (int width = RUN; width < n; width *= 2) {
        for (int lo = 0; lo < n; lo += 2 * width) {
            int mid = lo + width < n ? lo + width : n;
            int hi = lo + 2 * width < n ? lo + 2 * width : n;
            inversions += merge(src, dst, lo, mid, hi);
        }
        struct rec *t = src;
        src = dst;
        dst = t;
    }
    if (src != a)
        for (int i = 0; i < n; i++) a[i] = src[i];
    return inversions;
}

int is_sorted_stable(const struct rec *a, int n) {
    for (int i = 1; i < n; i++)
        if (a[i - 1].key > a[i].key || (a[i - 1].key == a[i].key && a[i - 1].tag > a[i].tag)) return 0;
    return 1;
}
