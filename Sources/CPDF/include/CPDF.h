// poppler-cpp behind a plain C API: the words of a PDF held in memory, page by page, with
// their boxes and font sizes, for the reader to build lines and paragraphs from.
#ifndef CPDF_H
#define CPDF_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// One word as poppler finds it. Coordinates are points from the page's top-left corner
/// (y grows downwards). Its characters are in the order they were drawn: for right-to-left
/// scripts that is visual order, left to right, and the reader puts them back.
typedef struct {
    /// Range in the text's `chars`, `char_left` and `char_right`.
    int32_t first_char, char_count;
    double x_min, y_min, x_max, y_max;
    double font_size;
    /// Whether poppler saw a space after the word (in drawing order).
    int32_t has_space_after;
    /// Whether its font's name says bold (Bold, Black, Heavy, Semibold, Demi).
    int32_t is_bold;
    /// 0 when upright on the page, else quarter turns (1 to 3).
    int32_t rotation;
} pa_pdf_word;

typedef struct {
    double width, height;
    /// Range in the text's `words`.
    int32_t first_word, word_count;
} pa_pdf_page;

/// A document's words. `chars` are Unicode scalars; `char_left`/`char_right` the x of each
/// character's edges (poppler splits the box of a glyph that stands for several characters,
/// such as an Arabic lam-alef ligature, evenly among them).
typedef struct {
    int32_t page_count;
    const pa_pdf_page *pages;
    int32_t word_count;
    const pa_pdf_word *words;
    int32_t char_count;
    const uint32_t *chars;
    const double *char_left, *char_right;
    /// Complaints poppler made while reading (a repaired cross-reference table, a broken
    /// stream), and the first of them (NUL-terminated, never NULL).
    int32_t complaint_count;
    const char *first_complaint;
    void *owner;
} pa_pdf_text;

typedef enum {
    PA_PDF_OK = 0,
    /// Not readable as a PDF (reason in `error`).
    PA_PDF_DAMAGED = 1,
    /// Encrypted with a password needed to open it.
    PA_PDF_LOCKED = 2,
    /// Larger than poppler can take from memory, out of memory, or another failure (reason in `error`).
    PA_PDF_FAILED = 3,
} pa_pdf_status;

/// Reads the words of every page. On PA_PDF_OK sets `text`, which the caller frees with
/// `pa_pdf_free`; otherwise `text` is NULL and `error` holds the reason (NUL-terminated,
/// truncated). Calls are serialised: poppler's error reporting is process-wide.
int32_t pa_pdf_read(const void *bytes, int64_t length, pa_pdf_text **text, char *error, int32_t error_capacity);

void pa_pdf_free(pa_pdf_text *text);

#ifdef __cplusplus
}
#endif
#endif
