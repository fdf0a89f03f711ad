#include "CHTML.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <pthread.h>

typedef struct {
    char *text;
    size_t length, capacity;
    int32_t line, kind, level;
    pa_html_link *links;
    int32_t link_count, link_capacity;
    // The heading's id; a pending one waits for the next heading (an empty <a id> before it).
    char *anchor, *pending_anchor;
    // Visible (non-space) bytes of the block, and those inside <strong> or <b>.
    size_t visible, bold_visible;
    int32_t bold_depth;
    // The paragraph's opening bold run: 0 nothing visible yet, 1 inside it, 2 closed at
    // lead_end, 3 the paragraph opened with plain text.
    int32_t lead_state;
    size_t lead_end;
    void *context;
    pa_html_block_fn callback;
    pa_html_report *report;
} block_buffer;

static void add_link(block_buffer *buffer, const char *href) {
    if (buffer->link_count == buffer->link_capacity) {
        int32_t capacity = buffer->link_capacity ? buffer->link_capacity * 2 : 8;
        pa_html_link *grown = realloc(buffer->links, sizeof(pa_html_link) * (size_t)capacity);
        if (!grown) return;
        buffer->links = grown;
        buffer->link_capacity = capacity;
    }
    char *copy = strdup(href);
    if (!copy) return;
    buffer->links[buffer->link_count++] = (pa_html_link){ .offset = (int32_t)buffer->length, .end = (int32_t)buffer->length, .href = copy };
}

static void clear_links(block_buffer *buffer) {
    for (int32_t i = 0; i < buffer->link_count; i++) free((void *)buffer->links[i].href);
    buffer->link_count = 0;
}

static void set_string(char **slot, const char *value) {
    free(*slot);
    *slot = value ? strdup(value) : NULL;
}

static void append(block_buffer *buffer, const char *text, size_t length) {
    if (buffer->length + length + 1 > buffer->capacity) {
        size_t capacity = (buffer->capacity + length + 1) * 2;
        char *grown = realloc(buffer->text, capacity);
        if (!grown) return;
        buffer->text = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->text + buffer->length, text, length);
    buffer->length += length;
    buffer->text[buffer->length] = 0;
}

// White space as HTML collapses it: a byte of any other kind is visible text.
static int is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

static int has_text(const block_buffer *buffer) {
    for (size_t i = 0; i < buffer->length; i++) if (!is_space((unsigned char)buffer->text[i])) return 1;
    return 0;
}

static void flush(block_buffer *buffer) {
    if (buffer->length > 0 && has_text(buffer)) {
        int32_t kind = buffer->kind, level = buffer->level;
        if (kind == PA_HTML_PARAGRAPH && buffer->visible > 0 && buffer->bold_visible == buffer->visible) {
            kind = PA_HTML_BOLD_PARAGRAPH;
        } else if (kind == PA_HTML_PARAGRAPH && (buffer->lead_state == 2 || buffer->lead_state == 4)) {
            kind = buffer->lead_state == 4 ? PA_HTML_BOLD_LINE_LEAD : PA_HTML_BOLD_LEAD;
            level = (int32_t)buffer->lead_end;
        }
        buffer->callback(buffer->context, kind, level, buffer->line,
                         buffer->text, (int32_t)buffer->length, buffer->links, buffer->link_count,
                         buffer->kind == PA_HTML_HEADING ? buffer->anchor : NULL);
        // An anchor waits only for the heading right after it.
        if (buffer->kind != PA_HTML_HEADING) set_string(&buffer->pending_anchor, NULL);
    }
    clear_links(buffer);
    set_string(&buffer->anchor, NULL);
    buffer->length = 0;
    buffer->visible = 0;
    buffer->bold_visible = 0;
    buffer->lead_state = 0;
    buffer->lead_end = 0;
    buffer->kind = PA_HTML_PARAGRAPH;
    buffer->level = 0;
    buffer->line = 0;
}

static int name_is(const xmlNode *node, const char *const *names) {
    for (; *names; names++) if (strcasecmp((const char *)node->name, *names) == 0) return 1;
    return 0;
}

// Content never shown as policy text.
static const char *const skipped[] = {
    "script", "style", "noscript", "template", "head", "nav", "svg", "iframe", "object",
    "button", "select", "form", NULL
};
// Elements that start a block of their own.
static const char *const blocks[] = {
    "p", "div", "li", "td", "th", "dt", "dd", "blockquote", "pre", "section", "article",
    "header", "footer", "main", "aside", "table", "tr", "ul", "ol", "dl", "caption",
    "address", "figcaption", "body", "h1", "h2", "h3", "h4", "h5", "h6", "hr", NULL
};

static void walk(xmlNode *node, block_buffer *buffer, int32_t depth);
static int has_role(const xmlNode *node, const char *role);

// The value of an attribute as a C string the caller frees with xmlFree, or NULL.
static char *attribute(const xmlNode *node, const char *name) {
    return (char *)xmlGetProp(node, (const xmlChar *)name);
}

static char *element_id(const xmlNode *node) {
    char *id = attribute(node, "id");
    return id ? id : attribute(node, "name");
}

static void start_block(xmlNode *node, block_buffer *buffer) {
    flush(buffer);
    const char *name = (const char *)node->name;
    if ((name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6' && name[2] == 0) {
        buffer->kind = PA_HTML_HEADING;
        buffer->level = name[1] - '0';
        char *id = attribute(node, "id");
        set_string(&buffer->anchor, id ? id : buffer->pending_anchor);
        if (id) xmlFree(id);
        set_string(&buffer->pending_anchor, NULL);
    } else if (strcasecmp(name, "dt") == 0) {
        // A term or a question over its description (<dt>Who can see my e-mail?</dt><dd>...):
        // a label standing alone, which the reader takes as a subheading when it is short.
        buffer->kind = PA_HTML_BOLD_PARAGRAPH;
    } else if (strcasecmp(name, "li") == 0 || strcasecmp(name, "dd") == 0) {
        buffer->kind = PA_HTML_LIST_ITEM;
    } else if (strcasecmp(name, "td") == 0 || strcasecmp(name, "th") == 0) {
        buffer->kind = PA_HTML_CELL;
    }
    buffer->line = (int32_t)xmlGetLineNo(node);
}

static int is_hidden(const xmlNode *node) {
    return name_is(node, skipped) || has_role(node, "navigation") || has_role(node, "banner")
        || has_role(node, "contentinfo") || has_role(node, "search");
}

static void append_text(xmlNode *node, block_buffer *buffer) {
    if (!node->content) return;
    size_t length = strlen((const char *)node->content);
    if (buffer->line == 0 && length > 0) buffer->line = (int32_t)xmlGetLineNo(node);
    size_t visible = 0;
    for (size_t i = 0; i < length; i++) if (!is_space(node->content[i])) visible++;
    buffer->visible += visible;
    if (buffer->bold_depth > 0) buffer->bold_visible += visible;
    if (visible > 0 && buffer->lead_state == 0) buffer->lead_state = buffer->bold_depth > 0 ? 1 : 3;
    append(buffer, (const char *)node->content, length);
}

// A line break; one right after a paragraph's opening bold run (only white space between)
// makes that run a label on its own line (lead state 4).
static void append_break(block_buffer *buffer) {
    if (buffer->lead_state == 2) {
        int only_space = 1;
        for (size_t i = buffer->lead_end; i < buffer->length; i++) {
            if (!is_space((unsigned char)buffer->text[i])) { only_space = 0; break; }
        }
        if (only_space) buffer->lead_state = 4;
    }
    append(buffer, "\n", 1);
}

// An element nested deeper than PA_HTML_DEPTH_LIMIT, read without recursion: its text is
// kept and block elements still start blocks, but links and anchors are not reported.
static void read_flat(xmlNode *top, block_buffer *buffer, int32_t depth) {
    pa_html_report *report = buffer->report;
    if (report->flattened_line == 0) report->flattened_line = (int32_t)xmlGetLineNo(top);
    xmlNode *node = top;
    int32_t level = depth;
    for (;;) {
        int descend = 0;
        if (node->type == XML_ELEMENT_NODE && level > report->deepest) report->deepest = level;
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            append_text(node, buffer);
        } else if (node->type == XML_ELEMENT_NODE && !is_hidden(node)) {
            if (strcasecmp((const char *)node->name, "br") == 0) append_break(buffer);
            else {
                if (name_is(node, blocks)) start_block(node, buffer);
                descend = 1;
            }
        }
        if (descend && node->children) {
            node = node->children;
            level++;
            continue;
        }
        // Leaving an element ends its block, as the recursive walk does.
        if (node->type == XML_ELEMENT_NODE && node != top && descend && name_is(node, blocks)) flush(buffer);
        while (node != top && !node->next) {
            node = node->parent;
            level--;
            if (node != top && name_is(node, blocks)) flush(buffer);
        }
        if (node == top) break;
        node = node->next;
    }
    if (!is_hidden(top) && name_is(top, blocks)) flush(buffer);
}

static void walk(xmlNode *node, block_buffer *buffer, int32_t depth) {
    for (xmlNode *child = node; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE && depth > PA_HTML_DEPTH_LIMIT) {
            read_flat(child, buffer, depth);
            continue;
        }
        if (depth > buffer->report->deepest && child->type == XML_ELEMENT_NODE) buffer->report->deepest = depth;
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            append_text(child, buffer);
        } else if (child->type == XML_ELEMENT_NODE) {
            if (is_hidden(child)) continue;
            if (strcasecmp((const char *)child->name, "title") == 0) {
                flush(buffer);
                buffer->kind = PA_HTML_TITLE;
                buffer->line = (int32_t)xmlGetLineNo(child);
                walk(child->children, buffer, depth + 1);
                flush(buffer);
                continue;
            }
            if (strcasecmp((const char *)child->name, "br") == 0) { append_break(buffer); continue; }
            if (strcasecmp((const char *)child->name, "strong") == 0 || strcasecmp((const char *)child->name, "b") == 0) {
                buffer->bold_depth++;
                walk(child->children, buffer, depth + 1);
                buffer->bold_depth--;
                if (buffer->bold_depth == 0 && buffer->lead_state == 1) {
                    buffer->lead_state = 2;
                    buffer->lead_end = buffer->length;
                }
                continue;
            }
            if (strcasecmp((const char *)child->name, "a") == 0) {
                char *href = attribute(child, "href");
                int32_t link = -1;
                if (href) { add_link(buffer, href); xmlFree(href); link = buffer->link_count - 1; }
                char *id = element_id(child);
                if (id) {
                    // <a id> inside a heading names it; an empty one before a heading waits for it.
                    if (buffer->kind == PA_HTML_HEADING && !buffer->anchor) set_string(&buffer->anchor, id);
                    else if (!child->children) set_string(&buffer->pending_anchor, id);
                    xmlFree(id);
                }
                walk(child->children, buffer, depth + 1);
                // The link's text ends here, unless a block inside it flushed the buffer.
                if (link >= 0 && link < buffer->link_count) buffer->links[link].end = (int32_t)buffer->length;
                continue;
            }
            if (name_is(child, blocks)) {
                if (strcasecmp((const char *)child->name, "section") == 0 || strcasecmp((const char *)child->name, "div") == 0) {
                    char *id = attribute(child, "id");
                    if (id) { flush(buffer); set_string(&buffer->pending_anchor, id); xmlFree(id); }
                }
                start_block(child, buffer);
                walk(child->children, buffer, depth + 1);
                flush(buffer);
            } else {
                walk(child->children, buffer, depth + 1);
            }
        }
    }
}

static int has_role(const xmlNode *node, const char *role) {
    xmlChar *value = xmlGetProp(node, (const xmlChar *)"role");
    int result = value && strcasecmp((const char *)value, role) == 0;
    if (value) xmlFree(value);
    return result;
}

// The page's main content: <main> or role="main", else the only <article>. Site menus,
// banners and footers around it are not policy text. Walks the tree in document order
// without recursion: the nesting may be as deep as the input is long.
static xmlNode *find_main(xmlNode *root, int *articles, xmlNode **article) {
    xmlNode *node = root;
    while (node) {
        if (node->type == XML_ELEMENT_NODE) {
            if (strcasecmp((const char *)node->name, "main") == 0 || has_role(node, "main")) return node;
            if (strcasecmp((const char *)node->name, "article") == 0) { (*articles)++; if (!*article) *article = node; }
            if (node->children) { node = node->children; continue; }
        }
        while (node != root && !node->next) node = node->parent;
        if (node == root) return NULL;
        node = node->next;
    }
    return NULL;
}

static int32_t depth_of(const xmlNode *node) {
    int32_t depth = 0;
    for (; node && node->type == XML_ELEMENT_NODE; node = node->parent) depth++;
    return depth;
}

// libxml2 sets up its globals (mutexes, the dictionary's random seed) on first use; two
// threads parsing their first page at once can deadlock in that set-up, so it runs once,
// before any parser is made.
static pthread_once_t parser_initialized = PTHREAD_ONCE_INIT;

int32_t pa_html_blocks(const char *utf8, int32_t length, void *context, pa_html_block_fn callback, pa_html_report *report) {
    pthread_once(&parser_initialized, xmlInitParser);
    *report = (pa_html_report){ 0 };
    // XML_PARSE_HUGE lifts libxml2's limit of 256 nested elements, past which it stops
    // parsing and the rest of the page would be lost; depth is capped in the walk instead.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | XML_PARSE_HUGE;
    htmlParserCtxtPtr parser = htmlNewParserCtxt();
    if (!parser) return -1;
    htmlDocPtr document = htmlCtxtReadMemory(parser, utf8, length, NULL, "UTF-8", options);
    // In recovery mode only a fatal error (out of memory, a limit) disables the parser's
    // callbacks: the document then ends early.
    int halted = parser->disableSAX != 0;
    if (halted) report->stopped_line = parser->input ? (int32_t)parser->input->line : 0;
    htmlFreeParserCtxt(parser);
    if (!document) return -1;
    if (halted) { xmlFreeDoc(document); return -2; }
    block_buffer buffer = { .context = context, .callback = callback, .report = report };
    xmlNode *root = xmlDocGetRootElement(document);
    int articles = 0;
    xmlNode *article = NULL;
    xmlNode *main = root ? find_main(root, &articles, &article) : NULL;
    if (!main && articles == 1) main = article;
    if (main) {
        start_block(main, &buffer);
        walk(main->children, &buffer, depth_of(main) + 1);
    } else if (root) {
        walk(root, &buffer, 1);
    }
    flush(&buffer);
    clear_links(&buffer);
    free(buffer.links);
    free(buffer.anchor);
    free(buffer.pending_anchor);
    free(buffer.text);
    xmlFreeDoc(document);
    return 0;
}

// MARK: Plain XML

static void xml_error(char *error, int32_t capacity, xmlParserCtxtPtr parser) {
    if (!error || capacity <= 0) return;
    const xmlError *last = parser ? xmlCtxtGetLastError(parser) : NULL;
    if (last && last->message) {
        size_t length = strlen(last->message);
        while (length > 0 && (last->message[length - 1] == '\n' || last->message[length - 1] == ' ')) length--;
        snprintf(error, (size_t)capacity, "line %d: %.*s", last->line, (int)length, last->message);
    } else {
        snprintf(error, (size_t)capacity, "not well-formed XML");
    }
}

static void emit_element(xmlNode *node, int32_t event, void *context, pa_xml_event_fn callback) {
    const char *namespace_uri = node->ns ? (const char *)node->ns->href : NULL;
    if (event == PA_XML_END) {
        callback(context, PA_XML_END, namespace_uri, (const char *)node->name, 0, NULL, 0, 0);
        return;
    }
    int32_t count = 0;
    for (xmlAttr *attribute = node->properties; attribute; attribute = attribute->next) count++;
    const char **triples = count ? calloc((size_t)count * 3, sizeof(char *)) : NULL;
    xmlChar **values = count ? calloc((size_t)count, sizeof(xmlChar *)) : NULL;
    int32_t filled = 0;
    if (count && triples && values) {
        for (xmlAttr *attribute = node->properties; attribute; attribute = attribute->next, filled++) {
            values[filled] = xmlNodeListGetString(node->doc, attribute->children, 1);
            triples[filled * 3] = attribute->ns ? (const char *)attribute->ns->href : NULL;
            triples[filled * 3 + 1] = (const char *)attribute->name;
            triples[filled * 3 + 2] = values[filled] ? (const char *)values[filled] : "";
        }
    }
    callback(context, PA_XML_START, namespace_uri, (const char *)node->name, 0, triples, filled, (int32_t)xmlGetLineNo(node));
    for (int32_t i = 0; i < filled; i++) if (values[i]) xmlFree(values[i]);
    free(values);
    free(triples);
}

int32_t pa_xml_events(const char *bytes, int32_t length, void *context, pa_xml_event_fn callback,
                      char *error, int32_t error_capacity) {
    pthread_once(&parser_initialized, xmlInitParser);
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (!parser) { if (error && error_capacity > 0) snprintf(error, (size_t)error_capacity, "out of memory"); return -1; }
    // No NOENT (entities stay unexpanded: no entity bombs), no DTD loading, no network.
    // BIG_LINES: line numbers past 65535 stay right (they locate findings in XLIFF files).
    int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
    xmlDocPtr document = xmlCtxtReadMemory(parser, bytes, length, NULL, NULL, options);
    if (!document || !parser->wellFormed) {
        xml_error(error, error_capacity, parser);
        if (document) xmlFreeDoc(document);
        xmlFreeParserCtxt(parser);
        return -1;
    }
    xmlFreeParserCtxt(parser);
    xmlNode *root = xmlDocGetRootElement(document);
    // Document order without recursion.
    xmlNode *node = root;
    while (node) {
        int descend = 0;
        if (node->type == XML_ELEMENT_NODE) {
            emit_element(node, PA_XML_START, context, callback);
            descend = 1;
        } else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content) {
            callback(context, PA_XML_TEXT, NULL, (const char *)node->content, (int32_t)strlen((const char *)node->content), NULL, 0,
                     (int32_t)xmlGetLineNo(node));
        }
        if (descend && node->children) { node = node->children; continue; }
        if (descend) emit_element(node, PA_XML_END, context, callback);
        while (node != root && !node->next) {
            node = node->parent;
            emit_element(node, PA_XML_END, context, callback);
        }
        if (node == root) break;
        node = node->next;
    }
    xmlFreeDoc(document);
    return 0;
}
