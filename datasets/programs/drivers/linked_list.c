/* Test driver for linked_list.c: pushing onto the node pool (until exhausted), reversing, removing values, summing, and demo(). */
#include <stdio.h>

struct node { int value; struct node *next; };

struct node *push(struct node *head, int v);
struct node *reverse(struct node *head);
struct node *remove_value(struct node *head, int v);
int list_sum(const struct node *head);
int demo(void);

static void show(const char *label, const struct node *h) {
    printf("%s: sum=%d [", label, list_sum(h));
    int n = 0;
    for (; h && n < 80; h = h->next, n++) printf(n ? " %d" : "%d", h->value);
    printf("] len=%d\n", n);
}

int main(void) {
    printf("empty sum=%d\n", list_sum(0));
    printf("reverse empty=%d remove empty=%d\n", reverse(0) == 0, remove_value(0, 1) == 0);
    printf("demo=%d\n", demo());
    struct node *h = 0;
    for (int i = 1; i <= 12; i++) h = push(h, (i * 5) % 7);
    show("pushed", h);
    h = reverse(h);
    show("reversed", h);
    h = remove_value(h, 5);
    show("no 5", h);
    h = remove_value(h, 99);
    show("no 99", h);
    h = remove_value(h, 0);
    show("no 0", h);
    struct node *g = 0;
    for (int i = 0; i < 60; i++) g = push(g, i - 20); /* pool of 64 runs out */
    show("pool", g);
    g = remove_value(reverse(g), -20);
    show("pool rev no -20", g);
    return 0;
}
