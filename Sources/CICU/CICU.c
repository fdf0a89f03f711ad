#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/uloc.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

struct pa_breaker {
    UBreakIterator *iterator;
    UText *text;
    pa_break_kind kind;
};

pa_breaker *pa_breaker_open(pa_break_kind kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = kind == PA_BREAK_SENTENCE ? UBRK_SENTENCE
                            : kind == PA_BREAK_LINE ? UBRK_LINE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
    if (status) *status = error;
    if (U_FAILURE(error)) return NULL;
    pa_breaker *breaker = calloc(1, sizeof(pa_breaker));
    if (!breaker) { ubrk_close(iterator); return NULL; }
    breaker->iterator = iterator;
    breaker->kind = kind;
    return breaker;
}

void pa_breaker_close(pa_breaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    if (breaker->text) utext_close(breaker->text);
    free(breaker);
}

int32_t pa_breaker_set_utf8(pa_breaker *breaker, const char *utf8, int64_t length) {
    UErrorCode error = U_ZERO_ERROR;
    // Reusing the UText keeps one allocation per iterator rather than one per text.
    breaker->text = utext_openUTF8(breaker->text, utf8 ? utf8 : "", utf8 ? length : 0, &error);
    if (U_FAILURE(error)) return error;
    ubrk_setUText(breaker->iterator, breaker->text, &error);
    if (U_FAILURE(error)) return error;
    ubrk_first(breaker->iterator);
    return 0;
}

static int32_t word_class_of(int32_t status) {
    if (status >= UBRK_WORD_IDEO && status < UBRK_WORD_IDEO_LIMIT) return PA_WORD_IDEO;
    if (status >= UBRK_WORD_KANA && status < UBRK_WORD_KANA_LIMIT) return PA_WORD_KANA;
    if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT) return PA_WORD_LETTER;
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) return PA_WORD_NUMBER;
    return PA_WORD_NONE;
}

int32_t pa_breaker_next(pa_breaker *breaker, int32_t *word_class) {
    int32_t offset = ubrk_next(breaker->iterator);
    if (offset == UBRK_DONE) return -1;
    if (word_class) {
        *word_class = breaker->kind == PA_BREAK_WORD
            ? word_class_of(ubrk_getRuleStatus(breaker->iterator)) : PA_WORD_NONE;
    }
    return offset;
}

int32_t pa_breaker_rules(pa_breaker *breaker, uint8_t *out, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t length = ubrk_getBinaryRules(breaker->iterator, out, capacity, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) return length;
    return U_FAILURE(error) ? -1 : length;
}

// A UTF-16 buffer that lives on the stack while the text is short and on the heap past that.
typedef struct {
    UChar *chars;
    int32_t length;
    int32_t capacity;
    UChar local[512];
} fold_buffer;

static void buffer_init(fold_buffer *buffer) {
    buffer->chars = buffer->local;
    buffer->length = 0;
    buffer->capacity = (int32_t)(sizeof buffer->local / sizeof(UChar));
}

static int buffer_reserve(fold_buffer *buffer, int32_t capacity) {
    if (capacity <= buffer->capacity) return 1;
    UChar *chars = malloc(sizeof(UChar) * (size_t)capacity);
    if (!chars) return 0;
    if (buffer->chars != buffer->local) free(buffer->chars);
    buffer->chars = chars;
    buffer->capacity = capacity;
    return 1;
}

static void buffer_free(fold_buffer *buffer) {
    if (buffer->chars != buffer->local) free(buffer->chars);
}

// UTF-8 -> UTF-16 in one call: a text never has more UTF-16 units than UTF-8 bytes.
static int to_utf16(const char *utf8, int32_t length, fold_buffer *out) {
    if (!buffer_reserve(out, length + 1)) return 0;
    UErrorCode error = U_ZERO_ERROR;
    u_strFromUTF8WithSub(out->chars, out->capacity, &out->length, utf8, length, 0xFFFD, NULL, &error);
    return U_SUCCESS(error);
}

// Normalizes into `out`, sized by a guess that fits nearly every text; a text that grows
// past it is normalized again at the size ICU reported.
static int normalize(const UNormalizer2 *normalizer, const UChar *text, int32_t length, fold_buffer *out) {
    if (!buffer_reserve(out, length + length / 2 + 16)) return 0;
    for (int attempt = 0; attempt < 2; attempt++) {
        UErrorCode error = U_ZERO_ERROR;
        out->length = unorm2_normalize(normalizer, text, length, out->chars, out->capacity, &error);
        if (U_SUCCESS(error) && error != U_STRING_NOT_TERMINATED_WARNING) return 1;
        if (error != U_BUFFER_OVERFLOW_ERROR && error != U_STRING_NOT_TERMINATED_WARNING) return 0;
        if (!buffer_reserve(out, out->length + 1)) return 0;
    }
    return 0;
}

static int32_t to_utf8(const UChar *text, int32_t length, char *out, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8WithSub(out, capacity, &needed, text, length, 0xFFFD, NULL, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING) return needed;
    return U_FAILURE(error) ? -1 : needed;
}

// Accents and vocalisation marks that readers may omit: Latin/Greek/Cyrillic combining
// diacritics, Arabic harakat and Hebrew niqqud. Thai and Indic vowel signs are letters.
static int is_accent(UChar c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x064B && c <= 0x065F) || c == 0x0670
        || (c >= 0x0591 && c <= 0x05C7);
}

// Whether removing accents can change `text`: it holds an accent or a character that
// decomposes (NFD's quick check is exact). Otherwise decomposing, dropping nothing and
// composing again gives back the text, which case folding left composed.
static int may_hold_accents(const UNormalizer2 *nfd, const UChar *text, int32_t length) {
    for (int32_t i = 0; i < length; i++) {
        if (is_accent(text[i])) return 1;
    }
    UErrorCode error = U_ZERO_ERROR;
    int32_t span = unorm2_spanQuickCheckYes(nfd, text, length, &error);
    return U_FAILURE(error) || span < length;
}

int32_t pa_fold(const char *utf8, int32_t length, int strip_marks, char *out, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *casefold = unorm2_getNFKCCasefoldInstance(&error);
    if (U_FAILURE(error)) return -1;
    fold_buffer input, folded, decomposed;
    buffer_init(&input);
    buffer_init(&folded);
    buffer_init(&decomposed);
    int32_t result = -1;
    if (!to_utf16(utf8, length, &input) || !normalize(casefold, input.chars, input.length, &folded)) goto done;
    fold_buffer *final = &folded;
    if (strip_marks) {
        const UNormalizer2 *nfd = unorm2_getNFDInstance(&error);
        const UNormalizer2 *nfc = U_SUCCESS(error) ? unorm2_getNFCInstance(&error) : NULL;
        if (U_SUCCESS(error) && may_hold_accents(nfd, folded.chars, folded.length)
            && normalize(nfd, folded.chars, folded.length, &decomposed)) {
            // Drop nonspacing marks only for letters of Latin, Greek and Cyrillic words:
            // in Thai, Indic or Arabic text the marks are letters' vowels, not accents.
            int32_t kept = 0;
            for (int32_t i = 0; i < decomposed.length; i++) {
                UChar c = decomposed.chars[i];
                if (u_charType(c) == U_NON_SPACING_MARK && is_accent(c)) continue;
                decomposed.chars[kept++] = c;
            }
            // The input buffer is free again: it takes the composed text.
            if (normalize(nfc, decomposed.chars, kept, &input)) final = &input;
        }
    }
    result = to_utf8(final->chars, final->length, out, capacity);
done:
    buffer_free(&input);
    buffer_free(&folded);
    buffer_free(&decomposed);
    return result;
}

int32_t pa_script(uint32_t code_point) {
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)code_point, &error);
    return U_FAILURE(error) ? USCRIPT_INVALID_CODE : script;
}

int32_t pa_letter_script(uint32_t code_point) {
    if (!u_hasBinaryProperty((UChar32)code_point, UCHAR_ALPHABETIC)) return -1;
    return pa_script(code_point);
}

const char *pa_script_code(int32_t script) {
    const char *name = uscript_getShortName((UScriptCode)script);
    return name ? name : "Zzzz";
}

int32_t pa_digit_value(uint32_t code_point) {
    return u_charDigitValue((UChar32)code_point);
}

int32_t pa_detect_charset(const char *bytes, int32_t length, const char *declared, char *name, int32_t name_capacity) {
    UErrorCode error = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&error);
    if (U_FAILURE(error)) return -1;
    ucsdet_setText(detector, bytes, length, &error);
    if (declared && *declared) ucsdet_setDeclaredEncoding(detector, declared, -1, &error);
    const UCharsetMatch *match = ucsdet_detect(detector, &error);
    int32_t confidence = -1;
    if (U_SUCCESS(error) && match) {
        const char *charset = ucsdet_getName(match, &error);
        confidence = ucsdet_getConfidence(match, &error);
        if (U_SUCCESS(error) && charset && name_capacity > 0) {
            strncpy(name, charset, (size_t)name_capacity - 1);
            name[name_capacity - 1] = 0;
        } else {
            confidence = -1;
        }
    }
    ucsdet_close(detector);
    return confidence;
}

int64_t pa_convert_to_utf8(const char *charset, const char *bytes, int64_t length, char *out, int64_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    UConverter *source = ucnv_open(charset, &error);
    if (U_FAILURE(error)) return -1;
    UConverter *target = ucnv_open("UTF-8", &error);
    if (U_FAILURE(error)) { ucnv_close(source); return -1; }
    ucnv_setToUCallBack(source, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
    // Convert in one pass through a pivot buffer; illegal input stops with an error.
    char *target_start = out;
    char *target_limit = out + capacity;
    const char *source_start = bytes;
    int64_t written = 0;
    UChar pivot[4096];
    UChar *pivot_source = pivot, *pivot_target = pivot;
    char scratch[8192];
    int overflowed = 0;
    for (;;) {
        char *chunk_start = overflowed ? scratch : target_start;
        char *chunk_target = chunk_start;
        char *chunk_limit = overflowed ? scratch + sizeof scratch : target_limit;
        error = U_ZERO_ERROR;
        ucnv_convertEx(target, source, &chunk_target, chunk_limit, &source_start, bytes + length,
                       pivot, &pivot_source, &pivot_target, pivot + 4096, 0, 1, &error);
        written += chunk_target - chunk_start;
        if (!overflowed) target_start = chunk_target;
        if (error == U_BUFFER_OVERFLOW_ERROR) { overflowed = 1; continue; }
        break;
    }
    ucnv_close(source);
    ucnv_close(target);
    if (error == U_ILLEGAL_CHAR_FOUND || error == U_INVALID_CHAR_FOUND || error == U_TRUNCATED_CHAR_FOUND) return -2;
    if (U_FAILURE(error)) return -1;
    return written;
}

int32_t pa_month_names(const char *locale, int kind, char *out, int32_t capacity) {
    static const UDateFormatSymbolType types[] = {UDAT_MONTHS, UDAT_SHORT_MONTHS, UDAT_STANDALONE_MONTHS, UDAT_STANDALONE_SHORT_MONTHS};
    if (kind < 0 || kind > 3) return -1;
    UErrorCode error = U_ZERO_ERROR;
    UDateFormat *format = udat_open(UDAT_NONE, UDAT_SHORT, locale, NULL, 0, NULL, 0, &error);
    if (U_FAILURE(error)) return -1;
    int32_t written = 0;
    int32_t count = udat_countSymbols(format, types[kind]);
    for (int32_t month = 0; month < count && month < 12; month++) {
        UChar name[64];
        UErrorCode symbolError = U_ZERO_ERROR;
        int32_t length = udat_getSymbols(format, types[kind], month, name, 64, &symbolError);
        if (U_FAILURE(symbolError) || length > 64) { written = -1; break; }
        int32_t bytes = 0;
        if (month > 0) {
            if (written + 1 > capacity) { written = -1; break; }
            out[written++] = '\n';
        }
        u_strToUTF8(out + written, capacity - written, &bytes, name, length, &symbolError);
        if (U_FAILURE(symbolError) || bytes > capacity - written) { written = -1; break; }
        written += bytes;
    }
    udat_close(format);
    return written;
}

int32_t pa_spelled_numbers(const char *locale, int32_t first, int32_t last, char *out, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &error);
    if (U_FAILURE(error)) return -1;
    // A locale without rules of its own falls back to root's, which spells nothing.
    const char *actual = unum_getLocaleByType(format, ULOC_ACTUAL_LOCALE, &error);
    if (U_FAILURE(error) || !actual || !*actual || strcmp(actual, "root") == 0) { unum_close(format); return -1; }
    int32_t written = 0;
    for (int32_t value = first; value <= last; value++) {
        UChar words[128];
        UErrorCode formatError = U_ZERO_ERROR;
        int32_t length = unum_format(format, value, words, 128, NULL, &formatError);
        if (U_FAILURE(formatError) || length > 128) { written = -1; break; }
        if (value > first) {
            if (written + 1 > capacity) { written = -1; break; }
            out[written++] = '\n';
        }
        int32_t bytes = 0;
        u_strToUTF8(out + written, capacity - written, &bytes, words, length, &formatError);
        if (U_FAILURE(formatError) || bytes > capacity - written) { written = -1; break; }
        written += bytes;
    }
    unum_close(format);
    return written;
}
