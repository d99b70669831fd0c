/*
 * libc_misc.c - picolibc beyond stdio-of-floats: integer printf formats
 * (%d %i %u %x %X %o %c %s %p-free, widths, precision, flags, %lld, %hhd, %n,
 * %*d), snprintf truncation, sscanf, strtol/strtoul/strtoll with bases,
 * atoi, qsort and bsearch with comparators, malloc/free patterns, ctype,
 * rand/srand (deterministic LCG), and abs/div/ldiv.
 */
#include <ctype.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>

#include "difftest.h"

/* the truncation below is the point of the test */
#pragma GCC diagnostic ignored "-Wformat-truncation"

static int cmp_int(const void *a, const void *b)
{
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

struct rec { char name[8]; int key; };
static int cmp_rec(const void *a, const void *b)
{
  const struct rec *x = a, *y = b;
  int c = strcmp(x->name, y->name);
  return c ? c : (x->key > y->key) - (x->key < y->key);
}

int main(void)
{
  printf("libc_misc\n");
  printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%x] [%#X] [%o] [%#o] [%c] [%%]\n",
         -42, 42, 42, 42, 42, 42, 7, 0xBEEFu, 0xBEEFu, 8u, 8u, 'Z');
  printf("[%s] [%10s] [%-10s] [%.3s] [%*d] [%-*d] [%.*f]\n", "str", "right", "left", "truncate",
         6, 99, 6, 99, 2, 3.14159);
  printf("[%lld] [%llu] [%llx] [%hhd] [%hd] [%lu] [%" PRIx32 "] [%zu] [%td]\n", (long long)INT64_MIN,
         (unsigned long long)UINT64_MAX, 0xFEDCBA9876543210ull, (signed char)200, (short)70000,
         (unsigned long)ULONG_MAX, (uint32_t)0xC0FFEE, sizeof(struct rec), (ptrdiff_t)-5);
  int n1 = 0, n2 = 0;
  printf("count%n chars%n\n", &n1, &n2);
  printf("%%n: %d %d\n", n1, n2);

  char buf[16];
  int n = snprintf(buf, sizeof buf, "%s-%d-%s", "abcdefgh", 12345, "overflowing");
  printf("snprintf: returned %d, buffer \"%s\"\n", n, buf);
  n = snprintf(NULL, 0, "%d", INT_MIN);
  printf("snprintf(NULL, 0) length of INT_MIN: %d\n", n);

  int a = 0, b = 0;
  unsigned x = 0;
  char word[16] = "";
  float f = 0;
  int got = sscanf("  -17 0x1f hello 2.5", "%d %x %15s %f", &a, &x, word, &f);
  printf("sscanf: %d fields: %d %u %s %g\n", got, a, x, word, (double)f);
  got = sscanf("12,34", "%d,%d", &a, &b);
  printf("sscanf: %d fields: %d %d\n", got, a, b);

  static const char *const nums[] = {"0", "-0", "123abc", "  +42", "0x7fffffff", "0x80000000", "-2147483649",
                                     "077", "z", "1010", "99999999999999999999"};
  for (unsigned i = 0; i < sizeof nums / sizeof nums[0]; i++) {
    char *end;
    long l = strtol(nums[i], &end, 0);
    unsigned long ul = strtoul(nums[i], NULL, 16);
    long long ll = strtoll(nums[i], NULL, 10);
    long b2 = strtol(nums[i], NULL, 2);
    long b36 = strtol(nums[i], NULL, 36);
    printf("\"%s\": strtol0 %ld (used %d) strtoul16 %lu strtoll10 %lld base2 %ld base36 %ld atoi %d\n", nums[i], l,
           (int)(end - nums[i]), ul, ll, b2, b36, atoi(nums[i]));
  }

  /* qsort / bsearch */
  static int arr[300];
  uint32_t seed = 8675309;
  for (int i = 0; i < 300; i++) arr[i] = (int)(xorshift32(&seed) % 1000u) - 500;
  qsort(arr, 300, sizeof arr[0], cmp_int);
  int sorted = 1;
  for (int i = 1; i < 300; i++) sorted &= arr[i - 1] <= arr[i];
  int key = arr[123];
  int *found = bsearch(&key, arr, 300, sizeof arr[0], cmp_int);
  printf("qsort: %s, hash %08lx, bsearch %d found %s\n", sorted ? "sorted" : "NOT SORTED",
         (unsigned long)fnv1a(arr, sizeof arr), key, found && *found == key ? "yes" : "no");
  static struct rec recs[] = {{"pear", 3}, {"apple", 9}, {"fig", 1}, {"apple", 2}, {"kiwi", 5}, {"fig", 0}};
  qsort(recs, 6, sizeof recs[0], cmp_rec);
  printf("records:");
  for (int i = 0; i < 6; i++) printf(" %s/%d", recs[i].name, recs[i].key);
  printf("\n");

  /* heap: many allocations of varied sizes, free in a scrambled order */
  void *ptrs[64];
  uint32_t hsum = 0;
  for (int i = 0; i < 64; i++) {
    size_t sz = 1 + (xorshift32(&seed) % 300u);
    ptrs[i] = malloc(sz);
    if (!ptrs[i]) { printf("malloc failed\n"); return 1; }
    memset(ptrs[i], i, sz);
    hsum += (uint32_t)sz * ((uint8_t *)ptrs[i])[sz - 1];
  }
  for (int i = 0; i < 64; i++) free(ptrs[(i * 37) % 64]);
  void *big = malloc(100000);
  printf("heap: content sum %lu, 100000-byte block %s\n", (unsigned long)hsum, big ? "ok" : "failed");
  free(big);

  /* ctype */
  char cls[128 + 1];
  for (int c = 0; c < 128; c++)
    cls[c] = isdigit(c) ? 'd' : isupper(c) ? 'U' : islower(c) ? 'l' : isspace(c) ? 's' : ispunct(c) ? 'p' : iscntrl(c) ? 'c' : '?';
  cls[128] = 0;
  printf("ctype: %s\n", cls);
  printf("toupper: %c%c%c tolower: %c%c\n", toupper('a'), toupper('z'), toupper('5'), tolower('Q'), tolower('!'));

  /* rand is a deterministic PRNG in picolibc */
  srand(1);
  printf("rand:");
  for (int i = 0; i < 5; i++) printf(" %d", rand() % 1000);
  printf("\n");
  ldiv_t ld = ldiv(-1000000007L, 10L);
  lldiv_t lld = lldiv(-1000000000007LL, 1000LL);
  printf("ldiv %ld %ld lldiv %lld %lld labs %ld llabs %lld\n", ld.quot, ld.rem, lld.quot, lld.rem,
         labs(-5L), llabs(-6000000000LL));
  printf("libc_misc done\n");
  return 0;
}
