/* An event queue with handlers registered in a function-pointer table and a generic comparator sort. */
struct event { int kind; int time; int payload; };
typedef int (*handler_fn)(const struct event *, int state);
typedef int (*compare_fn)(const void *, const void *);

static int on_add(const struct event *e, int state) { return state + e->payload; }
static int on_scale(const struct event *e, int state) { return state * (e->payload ? e->payload : 1); }
static int on_reset(const struct event *e, int state) { (void)e; (void)state; return 0; }
static int on_clamp(const struct event *e, int state) { return state > e->payload ? e->payload : state; }

static handler_fn HANDLERS[4] = {on_add, on_scale, on_reset, on_clamp};

static int by_time(const void *a, const void *b) {
    const struct event *x = a, *y = b;
    return (x->time > y->time) - (x->time < y->time);
}

static int by_kind_then_time(const void *a, const void *b) {
    const struct event *x = a, *y = b;
    if (x->kind != y->kind) return x->kind - y->kind;
    return by_time(a, b);
}

/* Shell sort of n events with a comparator (gap sequence n/2, n/4, ...). */
static void sort_events(struct event *ev, int n, compare_fn cmp) {
    for (int gap = n / 2; gap > 0; gap /= 2)
        for (int i = gap; i < n; i++) {
            struct event x = ev[i];
            int j = i;
            while (j >= gap && cmp(&ev[j - gap], &x) > 0) {
                ev[j] = ev[j - gap];
                j -= gap;
            }
            ev[j] = x;
        }
}

/* Processes events in time order; returns the final state, or -1 on an unknown event kind. */
int run_events(struct event *ev, int n, int state) {
    sort_events(ev, n, by_time);
    for (int i = 0; i < n; i++) {
        if (ev[i].kind < 0 || ev[i].kind >= 4) return -1;
        state = HANDLERS[ev[i].kind](&ev[i], state);
    }
    return state;
}

/* Number of distinct event kinds present (sorting by kind first). */
int distinct_kinds(struct event *ev, int n) {
    int kinds = 0;
    sort_events(ev, n, by_kind_then_time);
    for (int i = 0; i < n; i++)
        if (i == 0 || ev[i].kind != ev[i - 1].kind) kinds++;
    return kinds;
}
