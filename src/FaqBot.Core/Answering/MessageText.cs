using System.Text;

namespace FaqBot.Core.Answering;

/// <summary>Cleans a patient's message before triage and retrieval without changing its words.</summary>
public static class MessageText
{
    /// <summary>Removes zero-width and control characters, normalises to NFC and trims; null becomes empty.</summary>
    public static string Clean(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return "";
        }

        var text = message;
        try
        {
            text = text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalised; the message is still usable as it is.
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                continue; // zero-width and bidirectional controls carry no words
            }

            sb.Append(char.IsControl(c) && c is not ('\n' or '\t') ? ' ' : c);
        }

        return sb.ToString().Trim();
    }
}
