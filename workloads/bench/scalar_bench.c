/*
 * scalar_bench.c - scalar integer speed workload for `make bench`
 * (scripts/bench.sh), written for tinysim; CoreMark-like in spirit only.
 *
 * One iteration runs four kernels whose inputs depend on the running checksum,
 * so no iteration can be hoisted or folded by the compiler:
 *
 *   list    a 96-node singly linked list (pool-allocated): build, search with
 *           move-to-front, reverse, bottom-up merge sort by value, walk.
 *   matrix  16x16 int16 matrices: add/scale by a constant, matrix x vector,
 *           matrix x matrix into int32, and a shifted bit-field variant.
 *   scan    a state machine classifying the numbers in a 240-character text
 *           (integers, decimals, exponents, hex, invalid), then mutating
 *           a few characters for the next iteration.
 *   crc     CRC-16/CCITT and CRC-32 (bitwise) over each kernel's result.
 *
 * Usage: scalar_bench.elf [iterations]   (default 10)
 * The iteration count is the first argument that is a plain decimal number:
 * picolibc's semihosting crt0 puts "program-name" in argv[0] and the ELF path in
 * argv[1] on both QEMU and tinysim, so the user's arguments follow.
 *
 * Prints one checksum line and exits 0. Integer-only (builds as soft float),
 * deterministic, no timing values: the output is identical on QEMU and tinysim,
 * which scripts/bench.sh checks. The iteration loop is the region "bench".
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "tinysim.h"

/* ---- CRC ------------------------------------------------------------------ */
static uint16_t crc16_u8(uint16_t crc, uint8_t b)
{
  crc ^= (uint16_t)b << 8;
  for (int i = 0; i < 8; i++)
    crc = (crc & 0x8000u) ? (uint16_t)((crc << 1) ^ 0x1021u) : (uint16_t)(crc << 1);
  return crc;
}

static uint16_t crc16_u16(uint16_t crc, uint16_t v)
{
  crc = crc16_u8(crc, (uint8_t)v);
  return crc16_u8(crc, (uint8_t)(v >> 8));
}

static uint16_t crc16_u32(uint16_t crc, uint32_t v)
{
  crc = crc16_u16(crc, (uint16_t)v);
  return crc16_u16(crc, (uint16_t)(v >> 16));
}

static uint32_t crc32_u32(uint32_t crc, uint32_t v)
{
  crc = ~crc;
  for (int k = 0; k < 4; k++) {
    crc ^= v & 0xFFu;
    v >>= 8;
    for (int i = 0; i < 8; i++)
      crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

/* xorshift32: inputs derived from a seed, deterministic. */
static uint32_t rnd(uint32_t *s)
{
  uint32_t x = *s;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return *s = x;
}

/* ---- list ----------------------------------------------------------------- */
#define LIST_N 96

struct node {
  struct node *next;
  int16_t key; /* unique: insertion order */
  int16_t val; /* pseudo-random, repeats possible */
};

static struct node pool[LIST_N];

static struct node *list_build(uint32_t seed)
{
  struct node *head = NULL;
  uint32_t s = seed | 1u;
  /* Insert at the head: the list starts in reverse key order. */
  for (int i = 0; i < LIST_N; i++) {
    struct node *n = &pool[i];
    n->key = (int16_t)i;
    n->val = (int16_t)((rnd(&s) >> 7) & 0x3FF) - 0x200;
    n->next = head;
    head = n;
  }
  return head;
}

/* Find the first node with `val`; move it to the front. Returns its position
 * (0-based) or -1. */
static int list_find_mtf(struct node **head, int16_t val)
{
  struct node *prev = NULL;
  int pos = 0;
  for (struct node *n = *head; n; prev = n, n = n->next, pos++) {
    if (n->val == val) {
      if (prev) {
        prev->next = n->next;
        n->next = *head;
        *head = n;
      }
      return pos;
    }
  }
  return -1;
}

static struct node *list_reverse(struct node *head)
{
  struct node *prev = NULL;
  while (head) {
    struct node *next = head->next;
    head->next = prev;
    prev = head;
    head = next;
  }
  return prev;
}

static int node_less(const struct node *a, const struct node *b, int by_val)
{
  if (by_val)
    return a->val < b->val || (a->val == b->val && a->key < b->key);
  return a->key < b->key;
}

/* Bottom-up merge sort, stable, O(n log n), no recursion. */
static struct node *list_sort(struct node *head, int by_val)
{
  for (int width = 1;; width <<= 1) {
    struct node *p = head, *tail = NULL;
    int merges = 0;
    head = NULL;
    while (p) {
      merges++;
      struct node *q = p;
      int psize = 0;
      for (int i = 0; i < width && q; i++) {
        q = q->next;
        psize++;
      }
      int qsize = width;
      while (psize > 0 || (qsize > 0 && q)) {
        struct node *e;
        if (psize == 0) {
          e = q; q = q->next; qsize--;
        } else if (qsize == 0 || !q) {
          e = p; p = p->next; psize--;
        } else if (!node_less(q, p, by_val)) {
          e = p; p = p->next; psize--;
        } else {
          e = q; q = q->next; qsize--;
        }
        if (tail)
          tail->next = e;
        else
          head = e;
        tail = e;
      }
      p = q;
    }
    if (tail)
      tail->next = NULL;
    if (merges <= 1)
      return head;
  }
}

static uint16_t list_kernel(uint32_t seed)
{
  struct node *head = list_build(seed);
  uint16_t crc = 0xFFFFu;
  uint32_t s = seed ^ 0x9E3779B9u;

  /* Searches: about half hit (values are in [-512, 511], 96 of them). */
  int found = 0, missed = 0, possum = 0;
  for (int i = 0; i < 24; i++) {
    int16_t v = (int16_t)((rnd(&s) >> 9) & 0x3FF) - 0x200;
    if (i & 1) /* pick an existing value: walk to a pseudo-random node */
      v = pool[(rnd(&s) >> 3) % LIST_N].val;
    int pos = list_find_mtf(&head, v);
    if (pos < 0)
      missed++;
    else {
      found++;
      possum += pos;
    }
  }
  crc = crc16_u16(crc, (uint16_t)found);
  crc = crc16_u16(crc, (uint16_t)missed);
  crc = crc16_u16(crc, (uint16_t)possum);

  head = list_reverse(head);
  crc = crc16_u16(crc, (uint16_t)head->key);

  head = list_sort(head, 1);
  /* Walk the sorted list: CRC over values, and a check that it is sorted. */
  int disorder = 0;
  for (struct node *n = head; n; n = n->next) {
    crc = crc16_u16(crc, (uint16_t)n->val);
    if (n->next && n->next->val < n->val)
      disorder++;
  }
  head = list_sort(head, 0);
  int32_t acc = 0;
  for (struct node *n = head; n; n = n->next) {
    if (n->next && n->next->key != n->key + 1)
      disorder++;
    acc = acc * 3 + n->val;
  }
  crc = crc16_u16(crc, (uint16_t)disorder);
  crc = crc16_u32(crc, (uint32_t)acc);
  return crc;
}

/* ---- matrix ---------------------------------------------------------------- */
#define MAT_N 16

static int16_t mat_a[MAT_N][MAT_N];
static int16_t mat_b[MAT_N][MAT_N];
static int16_t vec_v[MAT_N];
static int32_t mat_c[MAT_N][MAT_N];
static int32_t vec_r[MAT_N];

static void mat_init(uint32_t seed)
{
  uint32_t s = seed | 1u;
  for (int i = 0; i < MAT_N; i++) {
    for (int j = 0; j < MAT_N; j++) {
      uint32_t r = rnd(&s);
      mat_a[i][j] = (int16_t)((r & 0xFFF) - 0x800);
      mat_b[i][j] = (int16_t)(((r >> 12) & 0xFFF) - 0x800);
    }
    vec_v[i] = (int16_t)((rnd(&s) >> 20) - 0x800);
  }
}

static void mat_add_const(int16_t m[MAT_N][MAT_N], int16_t k)
{
  for (int i = 0; i < MAT_N; i++)
    for (int j = 0; j < MAT_N; j++)
      m[i][j] = (int16_t)(m[i][j] + k);
}

static void mat_mul_const(int32_t c[MAT_N][MAT_N], const int16_t m[MAT_N][MAT_N], int16_t k)
{
  for (int i = 0; i < MAT_N; i++)
    for (int j = 0; j < MAT_N; j++)
      c[i][j] = (int32_t)m[i][j] * k;
}

static void mat_mul_vec(int32_t r[MAT_N], const int16_t m[MAT_N][MAT_N], const int16_t v[MAT_N])
{
  for (int i = 0; i < MAT_N; i++) {
    int32_t acc = 0;
    for (int j = 0; j < MAT_N; j++)
      acc += (int32_t)m[i][j] * v[j];
    r[i] = acc;
  }
}

static void mat_mul_mat(int32_t c[MAT_N][MAT_N], const int16_t a[MAT_N][MAT_N],
                        const int16_t b[MAT_N][MAT_N])
{
  for (int i = 0; i < MAT_N; i++)
    for (int j = 0; j < MAT_N; j++) {
      int32_t acc = 0;
      for (int k = 0; k < MAT_N; k++)
        acc += (int32_t)a[i][k] * b[k][j];
      c[i][j] = acc;
    }
}

/* Like mat_mul_mat, but multiplies bit fields of the elements. */
static void mat_mul_bits(int32_t c[MAT_N][MAT_N], const int16_t a[MAT_N][MAT_N],
                         const int16_t b[MAT_N][MAT_N])
{
  for (int i = 0; i < MAT_N; i++)
    for (int j = 0; j < MAT_N; j++) {
      int32_t acc = 0;
      for (int k = 0; k < MAT_N; k++) {
        int32_t x = (a[i][k] >> 2) & 0x3F;
        int32_t y = (b[k][j] >> 5) & 0x7F;
        acc += (x * y) ^ (x + y);
      }
      c[i][j] = acc;
    }
}

static uint16_t mat_sum_crc(uint16_t crc, const int32_t c[MAT_N][MAT_N])
{
  int32_t sum = 0, hi = 0;
  for (int i = 0; i < MAT_N; i++)
    for (int j = 0; j < MAT_N; j++) {
      sum += c[i][j];
      if (c[i][j] > sum)
        hi++;
    }
  crc = crc16_u32(crc, (uint32_t)sum);
  return crc16_u16(crc, (uint16_t)hi);
}

static uint16_t matrix_kernel(uint32_t seed)
{
  uint16_t crc = 0xFFFFu;
  int16_t k = (int16_t)((seed & 0xFF) | 0x100);

  mat_init(seed);
  mat_add_const(mat_a, k);
  mat_mul_const(mat_c, mat_a, k);
  crc = mat_sum_crc(crc, mat_c);
  mat_mul_vec(vec_r, mat_a, vec_v);
  for (int i = 0; i < MAT_N; i++)
    crc = crc16_u32(crc, (uint32_t)vec_r[i]);
  mat_mul_mat(mat_c, mat_a, mat_b);
  crc = mat_sum_crc(crc, mat_c);
  mat_mul_bits(mat_c, mat_a, mat_b);
  crc = mat_sum_crc(crc, mat_c);
  mat_add_const(mat_a, (int16_t)-k);
  return crc;
}

/* ---- scan (state machine) ------------------------------------------------------ */
enum scan_state {
  ST_START, ST_SIGN, ST_INT, ST_ZERO, ST_HEX, ST_DOT, ST_FRAC, ST_EXP, ST_EXPSIGN,
  ST_EXPINT, ST_BAD, ST_COUNT
};

#define SCAN_LEN 240
static char scan_buf[SCAN_LEN + 1];
static const char scan_alpha[] = "0123456789+-.eExaf,";

static void scan_init(void)
{
  static const char *const tokens[] = {
    "5012", "1234", "-874", "+122", "0x1f3", "0xBEEF", "-0x2a", "35.54400",
    ".1234500", "-110.700", "+0.64400", "5.500e+3", "-.123e-2", "-87e+832",
    "+0.6e-12", "T0.3e-1F", "-T.T++Tq", "1T3.4e4z", "34.0e-T^", "007", "8e3",
  };
  size_t pos = 0;
  for (unsigned i = 0; pos < SCAN_LEN; i++) {
    const char *t = tokens[i % (sizeof tokens / sizeof tokens[0])];
    while (*t && pos < SCAN_LEN)
      scan_buf[pos++] = *t++;
    if (pos < SCAN_LEN)
      scan_buf[pos++] = ',';
  }
  scan_buf[SCAN_LEN] = '\0';
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_hex(char c)
{
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Classify one token starting at *p (ends at ',' or NUL); returns the final state
 * and advances *p past the separator. Counts every transition in `trans`. */
static enum scan_state scan_token(const char **p, uint32_t trans[ST_COUNT])
{
  enum scan_state st = ST_START;
  const char *s = *p;
  char c;
  while ((c = *s) != '\0' && c != ',') {
    enum scan_state next = st;
    switch (st) {
    case ST_START:
      if (c == '0') next = ST_ZERO;
      else if (is_digit(c)) next = ST_INT;
      else if (c == '+' || c == '-') next = ST_SIGN;
      else if (c == '.') next = ST_DOT;
      else next = ST_BAD;
      break;
    case ST_SIGN:
      if (c == '0') next = ST_ZERO;
      else if (is_digit(c)) next = ST_INT;
      else if (c == '.') next = ST_DOT;
      else next = ST_BAD;
      break;
    case ST_ZERO:
      if (c == 'x' || c == 'X') next = ST_HEX;
      else if (is_digit(c)) next = ST_INT;
      else if (c == '.') next = ST_DOT;
      else if (c == 'e' || c == 'E') next = ST_EXP;
      else next = ST_BAD;
      break;
    case ST_INT:
      if (is_digit(c)) next = ST_INT;
      else if (c == '.') next = ST_DOT;
      else if (c == 'e' || c == 'E') next = ST_EXP;
      else next = ST_BAD;
      break;
    case ST_HEX:
      next = is_hex(c) ? ST_HEX : ST_BAD;
      break;
    case ST_DOT:
    case ST_FRAC:
      if (is_digit(c)) next = ST_FRAC;
      else if ((c == 'e' || c == 'E') && st == ST_FRAC) next = ST_EXP;
      else next = ST_BAD;
      break;
    case ST_EXP:
      if (c == '+' || c == '-') next = ST_EXPSIGN;
      else if (is_digit(c)) next = ST_EXPINT;
      else next = ST_BAD;
      break;
    case ST_EXPSIGN:
    case ST_EXPINT:
      next = is_digit(c) ? ST_EXPINT : ST_BAD;
      break;
    case ST_BAD:
    default:
      break;
    }
    if (next != st)
      trans[next]++;
    st = next;
    if (st == ST_BAD)
      break; /* skip the rest of the token */
    s++;
  }
  while (*s && *s != ',')
    s++;
  if (*s == ',')
    s++;
  *p = s;
  return st;
}

static uint16_t scan_kernel(uint32_t seed)
{
  uint32_t final[ST_COUNT] = {0};
  uint32_t trans[ST_COUNT] = {0};
  const char *p = scan_buf;
  while (*p)
    final[scan_token(&p, trans)]++;

  uint16_t crc = 0xFFFFu;
  for (int i = 0; i < ST_COUNT; i++) {
    crc = crc16_u16(crc, (uint16_t)final[i]);
    crc = crc16_u16(crc, (uint16_t)trans[i]);
  }

  /* Mutate a few characters for the next iteration (commas move too). */
  uint32_t s = seed | 1u;
  for (int i = 0; i < 6; i++) {
    uint32_t r = rnd(&s);
    scan_buf[(r >> 8) % SCAN_LEN] = scan_alpha[(r >> 24) % (sizeof scan_alpha - 1)];
  }
  return crc;
}

/* ---- driver ---------------------------------------------------------------- */
static int parse_uint(const char *s, unsigned *out)
{
  unsigned v = 0;
  if (!s || !*s)
    return 0;
  for (; *s; s++) {
    if (!is_digit(*s) || v > 100000000u)
      return 0;
    v = v * 10u + (unsigned)(*s - '0');
  }
  *out = v;
  return 1;
}

int main(int argc, char **argv)
{
  unsigned iters = 10;
  for (int i = 1; i < argc; i++)
    if (parse_uint(argv[i], &iters))
      break;

  scan_init();
  uint32_t check = 0;
  uint16_t crc_list = 0, crc_mat = 0, crc_scan = 0;

  tinysim_region_begin("bench");
  for (unsigned it = 0; it < iters; it++) {
    uint32_t seed = check ^ (it * 0x9E3779B9u) ^ 0x5EEDu;
    crc_list = list_kernel(seed);
    crc_mat = matrix_kernel(seed + crc_list);
    crc_scan = scan_kernel(seed ^ crc_mat);
    check = crc32_u32(check, ((uint32_t)crc_list << 16) | crc_mat);
    check = crc32_u32(check, crc_scan);
  }
  tinysim_region_end();

  printf("scalar_bench: iterations %u list %04x matrix %04x scan %04x checksum %08lx\n",
         iters, crc_list, crc_mat, crc_scan, (unsigned long)check);
  return 0;
}
