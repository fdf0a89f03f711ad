// A small C API over system ICU in plain C types. ICU's own headers stay inside CICU.c:
// Swift cannot import ICU's versioned macro names, and Foundation carries its own ICU copy.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of text boundaries.
typedef enum { PA_BREAK_WORD = 0, PA_BREAK_SENTENCE = 1, PA_BREAK_LINE = 2 } pa_break_kind;

/// Rule-status classes of word boundaries (ICU's UWordBreak ranges).
typedef enum {
    PA_WORD_NONE = 0, PA_WORD_NUMBER = 1, PA_WORD_LETTER = 2, PA_WORD_KANA = 3, PA_WORD_IDEO = 4
} pa_word_class;

typedef struct pa_breaker pa_breaker;

/// Opens a break iterator for a locale ("th", "ja", "en"...). NULL on failure; status gets ICU's code.
pa_breaker *pa_breaker_open(pa_break_kind kind, const char *locale, int32_t *status);
void pa_breaker_close(pa_breaker *breaker);
/// Points the iterator at UTF-8 text without copying it; the bytes must outlive the iteration.
/// Offsets reported afterwards are UTF-8 byte offsets. Returns 0 or an ICU error code.
int32_t pa_breaker_set_utf8(pa_breaker *breaker, const char *utf8, int64_t length);
/// The next boundary after the current one, or -1 at the end; word_class gets its pa_word_class.
int32_t pa_breaker_next(pa_breaker *breaker, int32_t *word_class);

/// The iterator's compiled rules (ICU's binary form), to tell whether two locales break text
/// alike. Writes up to capacity bytes and returns the full length, or -1 on an ICU error.
int32_t pa_breaker_rules(pa_breaker *breaker, uint8_t *out, int32_t capacity);

/// NFKC case folding of UTF-8 text, optionally removing combining marks (accent folding).
/// Writes up to capacity bytes and returns the full length needed, or -1 on an ICU error.
int32_t pa_fold(const char *utf8, int32_t length, int strip_marks, char *out, int32_t capacity);

/// ICU script code of a code point (USCRIPT_*), and its four-letter ISO 15924 name.
int32_t pa_script(uint32_t code_point);
const char *pa_script_code(int32_t script);
/// The script of a code point that is a letter (Unicode Alphabetic), or -1: one call where a
/// text's letters are counted by script.
int32_t pa_letter_script(uint32_t code_point);
/// Decimal digit value of a code point in any script (Thai, Arabic-Indic, full-width...), or -1.
int32_t pa_digit_value(uint32_t code_point);

/// The twelve month names of a locale, one per line in UTF-8: kind 0 full, 1 abbreviated,
/// 2 and 3 the same standing alone (nominative, where the language inflects). Returns the
/// length written, or -1 on an ICU error or when capacity is too small.
int32_t pa_month_names(const char *locale, int kind, char *out, int32_t capacity);

/// The numbers first...last spelled out in a locale's words ("vierzehn", "quatorze"), one
/// per line in UTF-8. Returns the length written, or -1 on an ICU error, when the locale has
/// no spell-out rules, or when capacity is too small.
int32_t pa_spelled_numbers(const char *locale, int32_t first, int32_t last, char *out, int32_t capacity);

/// Guesses the charset of bytes. Writes its name (e.g. "windows-1252") and returns ICU's
/// confidence 0-100, or -1 when nothing matched.
int32_t pa_detect_charset(const char *bytes, int32_t length, const char *declared, char *name, int32_t name_capacity);
/// Converts bytes in a charset to UTF-8, failing on illegal sequences. Returns the length
/// needed (may exceed capacity), -2 on an illegal byte sequence, -1 on another ICU error.
int64_t pa_convert_to_utf8(const char *charset, const char *bytes, int64_t length, char *out, int64_t capacity);

#ifdef __cplusplus
}
#endif
#endif
