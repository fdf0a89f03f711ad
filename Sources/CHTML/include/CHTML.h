// libxml2's recovering HTML parser behind a plain C API: the document comes back as a
// sequence of text blocks (headings, paragraphs, list items, cells) with their lines.
#ifndef CHTML_H
#define CHTML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    PA_HTML_PARAGRAPH = 0, PA_HTML_HEADING = 1, PA_HTML_LIST_ITEM = 2, PA_HTML_CELL = 3, PA_HTML_TITLE = 4,
    /// A paragraph whose every visible character is inside <strong> or <b>, or a definition
    /// term (<dt>): a label standing alone.
    PA_HTML_BOLD_PARAGRAPH = 5,
    /// A paragraph that opens with text in <strong> or <b> and goes on: `level` is then the
    /// byte length of the raw text up to the end of that bold run.
    PA_HTML_BOLD_LEAD = 6,
    /// A PA_HTML_BOLD_LEAD whose bold run a line break (<br>) ends: a label on its own line.
    PA_HTML_BOLD_LINE_LEAD = 7
} pa_html_block_kind;

/// A link inside a block: its target (`href`, as written) and the byte offset in the
/// block's raw text where the link's text starts and ends.
typedef struct {
    int32_t offset, end;
    const char *href;
} pa_html_link;

/// Receives one block: its kind, heading level (1-6, else 0), 1-based line where it starts,
/// its raw text (UTF-8, whitespace not yet collapsed), its links, and for a heading the id
/// it carries (its own `id`, an anchor inside it or right before it), else NULL.
typedef void (*pa_html_block_fn)(void *context, int32_t kind, int32_t level, int32_t line,
                                 const char *text, int32_t length,
                                 const pa_html_link *links, int32_t link_count, const char *anchor);

/// Elements nested deeper than this are read flat, without recursion: their text is kept
/// and block elements still start blocks, but links and anchors inside are not reported.
#define PA_HTML_DEPTH_LIMIT 512

/// How the parse went: the line of the first element read flat (0 when none was) and the
/// deepest element nesting met, or the line where libxml2 stopped.
typedef struct {
    int32_t flattened_line, deepest, stopped_line;
} pa_html_report;

/// Parses UTF-8 HTML and reports its blocks in document order. Returns 0; -1 when libxml2
/// could not build a document at all; -2 when it stopped before the end of the input
/// (`report->stopped_line`), and then no block is reported.
int32_t pa_html_blocks(const char *utf8, int32_t length, void *context, pa_html_block_fn callback, pa_html_report *report);

/// The events of a plain XML parse (WordprocessingML parts of a .docx, XLIFF), in document order.
typedef enum { PA_XML_START = 0, PA_XML_END = 1, PA_XML_TEXT = 2 } pa_xml_event;

/// Receives one event. PA_XML_START: the element's namespace URI (NULL when none), its
/// local name, and its attributes as `attribute_count` triples (namespace URI or NULL,
/// local name, value). PA_XML_END: the same namespace and name, no attributes. PA_XML_TEXT:
/// `name` is the text (character data or CDATA), `length` its byte count. `line` is the
/// 1-based line where an element or text starts (0 for PA_XML_END).
typedef void (*pa_xml_event_fn)(void *context, int32_t event, const char *namespace_uri, const char *name,
                                int32_t length, const char *const *attributes, int32_t attribute_count, int32_t line);

/// Parses well-formed XML (no network, no DTD loading, entities left unexpanded) and
/// reports its elements and text. Returns 0; -1 when the XML is not well-formed, with
/// "line N: libxml2's message" in `error` (NUL-terminated, truncated to its capacity).
int32_t pa_xml_events(const char *bytes, int32_t length, void *context, pa_xml_event_fn callback,
                      char *error, int32_t error_capacity);

#ifdef __cplusplus
}
#endif
#endif
