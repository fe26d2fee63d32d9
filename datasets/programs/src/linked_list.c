/* Singly linked list over a node pool: push, reverse, remove by value, sum. */
struct node { int value; struct node *next; };
static struct node pool[64];
static int used;
struct node *push(struct node *head, int v) {
    if (used >= 64) return head;
    struct node *n = &pool[used++];
    n->value = v; n->next = head;
    return n;
}
struct node *reverse(struct node *head) {
    struct node *prev = 0;
    while (head) { struct node *next = head->next; head->next = prev; prev = head; head = next; }
    return prev;
}
struct node *remove_value(struct node *head, int v) {
    struct node **link = &head;
    while (*link) { if ((*link)->value == v) *link = (*link)->next; else link = &(*link)->next; }
    return head;
}
int list_sum(const struct node *head) { int s = 0; for (; head; head = head->next) s += head->value; return s; }
int demo(void) {
    struct node *h = 0;
    for (int i = 0; i < 10; i++) h = push(h, i * 3 % 7);
    h = remove_value(reverse(h), 3);
    return list_sum(h);
}
