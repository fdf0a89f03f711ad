// libzip behind a plain C API: open a zip archive held in memory and read its members.
#ifndef CZIP_H
#define CZIP_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An open archive; the bytes it was opened on must outlive it.
typedef struct pa_zip pa_zip;

/// Opens the archive in `bytes`, checking its central directory. Returns NULL when it is
/// no readable zip archive, with libzip's reason in `error` (NUL-terminated, truncated).
pa_zip *pa_zip_open(const void *bytes, int64_t length, char *error, int32_t error_capacity);

/// Whether the archive holds a member of that exact name (1) or not (0).
int32_t pa_zip_has(pa_zip *zip, const char *name);

/// Reads a whole member into a buffer the caller frees with `pa_zip_free`. Returns 0 and
/// sets `data`/`length`; 1 when there is no such member; -1 when it cannot be read (a bad
/// checksum, a truncated stream, an unsupported method or encryption: reason in `error`);
/// -2 when it would be larger than `limit` bytes uncompressed.
int32_t pa_zip_read(pa_zip *zip, const char *name, int64_t limit, uint8_t **data, int64_t *length,
                    char *error, int32_t error_capacity);

void pa_zip_free(void *data);
void pa_zip_close(pa_zip *zip);

#ifdef __cplusplus
}
#endif
#endif
