using System.Text;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>Turns file bytes into text, strictly: BOM-aware UTF-8/UTF-16, no silent replacement characters.</summary>
internal static class TextDecoder
{
    /// <summary>Decodes the bytes, or returns false with a reason a person can act on.</summary>
    public static bool TryDecode(byte[] bytes, out string text, out string? problem)
    {
        text = "";
        problem = null;
        if (bytes.Length == 0)
        {
            problem = "the file is empty";
            return false;
        }

        try
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                text = new UnicodeEncoding(false, false, true).GetString(bytes, 2, bytes.Length - 2);
            }
            else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                text = new UnicodeEncoding(true, false, true).GetString(bytes, 2, bytes.Length - 2);
            }
            else
            {
                // NUL bytes never occur in UTF-8 text without a UTF-16 BOM: it is a binary file.
                if (Array.IndexOf(bytes, (byte)0) >= 0)
                {
                    problem = "it looks like a binary file (it contains NUL bytes)";
                    return false;
                }

                var skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                text = new UTF8Encoding(false, true).GetString(bytes, skip, bytes.Length - skip);
            }
        }
        catch (DecoderFallbackException)
        {
            problem = "it is not valid UTF-8 text (save it as UTF-8)";
            return false;
        }

        var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (control > 0 && control * 10 > text.Length)
        {
            problem = "it looks like a binary file (mostly control characters)";
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "the file is empty";
            return false;
        }

        return true;
    }
}
