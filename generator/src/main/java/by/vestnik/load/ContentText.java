package by.vestnik.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The text of a content file: strict UTF-8, without a BOM, with '\n' line endings. */
public final class ContentText {
    private ContentText() {
    }

    /** The text, or empty when the file cannot be read or is not UTF-8. */
    static Optional<String> read(Path file) {
        try {
            return decode(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The first line (from 1) that is not valid UTF-8, or 0 when every line is. */
    public static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    public static Optional<String> decode(byte[] bytes) {
        // the JDK's own decoding is several times faster than a decoder object; it replaces bad
        // bytes with U+FFFD, so only a text that has one needs the strict decoder to tell
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            Optional<String> strict = strictlyDecoded(bytes);
            if (strict.isEmpty()) {
                return strict;
            }
            text = strict.get();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static Optional<String> strictlyDecoded(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
