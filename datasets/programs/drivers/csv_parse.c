/* Test driver for csv_parse.c: record splitting (quotes, doubled quotes, CRLF, custom separator, field/count limits) and column sums. */
#include <stdio.h>

struct record { int nfields; char field[32][64]; };

int csv_next_record(const char **line, struct record *rec, char sep);
long csv_column_sum(const char *text, int col, char sep);

static struct record rec;

static void dump(const char *label, const char *text, char sep) {
    const char *p = text;
    int r, rows = 0;
    printf("%s:\n", label);
    while ((r = csv_next_record(&p, &rec, sep)) > 0 && rows < 20) {
        printf("  [%d]", r);
        for (int i = 0; i < rec.nfields; i++) printf(" <%s>", rec.field[i]);
        printf("\n");
        rows++;
    }
    printf("  end r=%d consumed=%d\n", r, (int)(p - text));
}

int main(void) {
    dump("simple", "a,b,c\n1,2,3\n", ',');
    dump("quoted", "name,quote\r\n\"Smith, J\",\"He said \"\"hi\"\"\"\r\nx,\r\n", ',');
    dump("empty fields", ",,\n,\n", ',');
    dump("semicolon", "k;v\n\"a;b\";2\nlast;3", ';');
    dump("unterminated", "a,\"open\n", ',');
    dump("empty", "", ',');
    char many[200];
    int k = 0;
    for (int i = 0; i < 33; i++) { many[k++] = 'x'; many[k++] = ','; }
    many[k - 1] = '\n';
    many[k] = '\0';
    dump("33 fields", many, ',');
    char longf[100];
    for (int i = 0; i < 70; i++) longf[i] = 'y';
    longf[70] = '\0';
    dump("long field", longf, ',');
    const char *table = "id,qty,price\n1,10,-5\n2,20,7\n3,+30,100\n";
    for (int col = 0; col < 4; col++) printf("sum col %d = %ld\n", col, csv_column_sum(table, col, ','));
    printf("sum bad = %ld\n", csv_column_sum("h\n1\nx\n", 0, ','));
    printf("sum empty cell = %ld\n", csv_column_sum("h\n1\n\n", 0, ','));
    printf("sum header only = %ld\n", csv_column_sum("h,i\n", 1, ','));
    printf("sum tabs = %ld\n", csv_column_sum("a\tb\n1\t-2\n3\t-4\n", 1, '\t'));
    printf("sum unterminated = %ld\n", csv_column_sum("a\n\"1\n", 0, ','));
    return 0;
}
