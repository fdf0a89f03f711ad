#include "CPDF.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdio>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

namespace {

struct Owner {
    pa_pdf_text text{};
    std::vector<pa_pdf_page> pages;
    std::vector<pa_pdf_word> words;
    std::vector<uint32_t> chars;
    std::vector<double> left, right;
    std::string first_complaint;
};

struct Complaints {
    int32_t count = 0;
    std::string first;
};

// poppler reports problems through one process-wide function: one reading at a time.
std::mutex reading;

void collect(const std::string &message, void *closure) {
    auto *complaints = static_cast<Complaints *>(closure);
    if (!complaints) return;
    // poppler-cpp prefixes each message with its category ("error: "): the caller says that.
    const std::string prefix = "error: ";
    if (complaints->count++ == 0) complaints->first = message.compare(0, prefix.size(), prefix) == 0 ? message.substr(prefix.size()) : message;
}

void set_error(char *error, int32_t capacity, const std::string &message) {
    if (!error || capacity <= 0) return;
    snprintf(error, (size_t)capacity, "%s", message.empty() ? "unknown error" : message.c_str());
}

bool is_bold_font(std::string name) {
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return (char)std::tolower(c); });
    for (const char *weight : {"bold", "black", "heavy", "semibold", "demi"}) {
        if (name.find(weight) != std::string::npos) return true;
    }
    return false;
}

// The word's UTF-16 text as scalars, each with the edges of poppler's box for it.
void append_chars(Owner &owner, const poppler::text_box &box) {
    const poppler::ustring text = box.text();
    size_t scalar_index = 0;
    for (size_t i = 0; i < text.size(); i++, scalar_index++) {
        uint32_t unit = text[i];
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
            unit = 0x10000 + ((unit - 0xD800) << 10) + (text[i + 1] - 0xDC00);
            i++;
        } else if (unit >= 0xD800 && unit <= 0xDFFF) {
            unit = 0xFFFD;
        }
        const poppler::rectf edges = box.char_bbox(scalar_index);
        owner.chars.push_back(unit);
        owner.left.push_back(edges.left());
        owner.right.push_back(edges.right());
    }
}

int32_t read_document(const void *bytes, int64_t length, Owner &owner, Complaints &complaints, char *error,
                      int32_t error_capacity) {
    if (length > INT_MAX) {
        set_error(error, error_capacity, "larger than 2 GB");
        return PA_PDF_FAILED;
    }
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(static_cast<const char *>(bytes), (int)length));
    if (!document) {
        set_error(error, error_capacity, complaints.count > 0 ? complaints.first : "no readable document structure");
        return PA_PDF_DAMAGED;
    }
    if (document->is_locked()) {
        set_error(error, error_capacity, "encrypted with a password");
        return PA_PDF_LOCKED;
    }
    const int page_count = document->pages();
    owner.pages.reserve((size_t)std::max(0, page_count));
    for (int index = 0; index < page_count; index++) {
        pa_pdf_page page{};
        page.first_word = (int32_t)owner.words.size();
        std::unique_ptr<poppler::page> source(document->create_page(index));
        if (source) {
            const poppler::rectf area = source->page_rect();
            page.width = area.width();
            page.height = area.height();
            for (const poppler::text_box &box : source->text_list(poppler::page::text_list_include_font)) {
                pa_pdf_word word{};
                word.first_char = (int32_t)owner.chars.size();
                append_chars(owner, box);
                word.char_count = (int32_t)owner.chars.size() - word.first_char;
                if (word.char_count == 0) continue;
                const poppler::rectf bounds = box.bbox();
                word.x_min = bounds.left();
                word.y_min = bounds.top();
                word.x_max = bounds.right();
                word.y_max = bounds.bottom();
                word.font_size = box.get_font_size();
                word.has_space_after = box.has_space_after() ? 1 : 0;
                word.is_bold = box.has_font_info() && is_bold_font(box.get_font_name()) ? 1 : 0;
                word.rotation = box.rotation();
                owner.words.push_back(word);
            }
        } else {
            collect("page " + std::to_string(index + 1) + " cannot be read", &complaints);
        }
        page.word_count = (int32_t)owner.words.size() - page.first_word;
        owner.pages.push_back(page);
    }
    return PA_PDF_OK;
}

}  // namespace

extern "C" int32_t pa_pdf_read(const void *bytes, int64_t length, pa_pdf_text **text, char *error,
                               int32_t error_capacity) {
    *text = nullptr;
    std::lock_guard<std::mutex> lock(reading);
    Complaints complaints;
    poppler::set_debug_error_function(collect, &complaints);
    int32_t status;
    std::unique_ptr<Owner> owner;
    try {
        owner.reset(new Owner());
        status = read_document(bytes, length, *owner, complaints, error, error_capacity);
    } catch (const std::bad_alloc &) {
        set_error(error, error_capacity, "out of memory");
        status = PA_PDF_FAILED;
    } catch (const std::exception &failure) {
        set_error(error, error_capacity, failure.what());
        status = PA_PDF_FAILED;
    } catch (...) {
        set_error(error, error_capacity, "unknown failure");
        status = PA_PDF_FAILED;
    }
    // Silent again: nothing else in the process reads PDFs, but a stray message must not
    // reach a closure that is gone.
    poppler::set_debug_error_function(collect, nullptr);
    if (status != PA_PDF_OK) return status;
    Owner &result = *owner;
    result.first_complaint = complaints.first;
    result.text.page_count = (int32_t)result.pages.size();
    result.text.pages = result.pages.data();
    result.text.word_count = (int32_t)result.words.size();
    result.text.words = result.words.data();
    result.text.char_count = (int32_t)result.chars.size();
    result.text.chars = result.chars.data();
    result.text.char_left = result.left.data();
    result.text.char_right = result.right.data();
    result.text.complaint_count = complaints.count;
    result.text.first_complaint = result.first_complaint.c_str();
    result.text.owner = owner.get();
    *text = &owner.release()->text;
    return PA_PDF_OK;
}

extern "C" void pa_pdf_free(pa_pdf_text *text) {
    if (!text) return;
    delete static_cast<Owner *>(text->owner);
}
