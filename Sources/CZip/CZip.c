#include "CZip.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

struct pa_zip {
    zip_t *archive;
};

static void set_error(char *error, int32_t capacity, const char *message) {
    if (!error || capacity <= 0) return;
    snprintf(error, (size_t)capacity, "%s", message ? message : "unknown error");
}

pa_zip *pa_zip_open(const void *bytes, int64_t length, char *error, int32_t error_capacity) {
    zip_error_t reason;
    zip_error_init(&reason);
    // The buffer is borrowed (freep 0): the caller keeps the bytes alive.
    zip_source_t *source = zip_source_buffer_create(bytes, (zip_uint64_t)length, 0, &reason);
    if (!source) {
        set_error(error, error_capacity, zip_error_strerror(&reason));
        zip_error_fini(&reason);
        return NULL;
    }
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &reason);
    if (!archive) {
        set_error(error, error_capacity, zip_error_strerror(&reason));
        zip_error_fini(&reason);
        zip_source_free(source);
        return NULL;
    }
    zip_error_fini(&reason);
    pa_zip *zip = malloc(sizeof(pa_zip));
    if (!zip) { zip_discard(archive); set_error(error, error_capacity, "out of memory"); return NULL; }
    zip->archive = archive;
    return zip;
}

int32_t pa_zip_has(pa_zip *zip, const char *name) {
    return zip_name_locate(zip->archive, name, 0) >= 0 ? 1 : 0;
}

int32_t pa_zip_read(pa_zip *zip, const char *name, int64_t limit, uint8_t **data, int64_t *length,
                    char *error, int32_t error_capacity) {
    *data = NULL;
    *length = 0;
    zip_int64_t index = zip_name_locate(zip->archive, name, 0);
    if (index < 0) return 1;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip->archive, (zip_uint64_t)index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        set_error(error, error_capacity, zip_strerror(zip->archive));
        return -1;
    }
    if ((int64_t)stat.size > limit) return -2;
    zip_file_t *file = zip_fopen_index(zip->archive, (zip_uint64_t)index, 0);
    if (!file) { set_error(error, error_capacity, zip_strerror(zip->archive)); return -1; }
    // One byte more than announced: a member that inflates past its stated size is damaged.
    uint8_t *buffer = malloc((size_t)stat.size + 1);
    if (!buffer) { zip_fclose(file); set_error(error, error_capacity, "out of memory"); return -1; }
    zip_int64_t total = 0;
    for (;;) {
        zip_int64_t got = zip_fread(file, buffer + total, (zip_uint64_t)((int64_t)stat.size + 1 - total));
        if (got < 0) {
            set_error(error, error_capacity, zip_file_strerror(file));
            zip_fclose(file);
            free(buffer);
            return -1;
        }
        if (got == 0) break;
        total += got;
        if (total > (zip_int64_t)stat.size) {
            set_error(error, error_capacity, "member larger than its recorded size");
            zip_fclose(file);
            free(buffer);
            return -1;
        }
    }
    zip_fclose(file);
    if (total != (zip_int64_t)stat.size) {
        set_error(error, error_capacity, "member shorter than its recorded size");
        free(buffer);
        return -1;
    }
    *data = buffer;
    *length = total;
    return 0;
}

void pa_zip_free(void *data) { free(data); }

void pa_zip_close(pa_zip *zip) {
    if (!zip) return;
    zip_discard(zip->archive);
    free(zip);
}
