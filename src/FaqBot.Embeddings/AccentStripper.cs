using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace FaqBot.Embeddings;

/// <summary>
/// Strips accents as BERT's uncased tokenizer does: canonical decomposition (NFD), then every non-spacing mark
/// dropped ("Café" → "Cafe", "آمن" → "امن"). FaqBot runs with InvariantGlobalization, where <c>string.Normalize</c>
/// returns its input unchanged, so the tokenizer's own NFD step does nothing; the decompositions come instead from
/// <c>Data/accent-stripping.txt</c>, generated from ICU by <c>tools/generate-accent-table.cs</c>, and Hangul syllables
/// are decomposed by the Unicode formula.
/// </summary>
internal static class AccentStripper
{
    private const int HangulFirst = 0xAC00, HangulLast = 0xD7A3, VowelCount = 21, TrailingCount = 28;

    private static readonly FrozenDictionary<int, string> Decompositions = Load();

    public static string Strip(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text; // nothing to strip, and nearly every question
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsSurrogatePair(text, i);
            var codePoint = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.NonSpacingMark)
            {
                // dropped, whether it came decomposed or was typed on its own
            }
            else if (codePoint is >= HangulFirst and <= HangulLast)
            {
                var index = codePoint - HangulFirst;
                result.Append((char)(0x1100 + (index / (VowelCount * TrailingCount))))
                    .Append((char)(0x1161 + (index % (VowelCount * TrailingCount) / TrailingCount)));
                if (index % TrailingCount != 0)
                {
                    result.Append((char)(0x11A7 + (index % TrailingCount)));
                }
            }
            else if (Decompositions.TryGetValue(codePoint, out var stripped))
            {
                result.Append(stripped);
            }
            else
            {
                result.Append(text[i]);
                if (pair)
                {
                    result.Append(text[i + 1]);
                }
            }

            i += pair ? 1 : 0;
        }

        return result.ToString();
    }

    private static FrozenDictionary<int, string> Load()
    {
        using var stream = typeof(AccentStripper).Assembly.GetManifestResourceStream("FaqBot.Embeddings.accent-stripping.txt")
            ?? throw new InvalidOperationException("The accent-stripping table is not embedded in FaqBot.Embeddings.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split(' ');
            table[int.Parse(fields[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = string.Concat(
                fields.Skip(1).Select(f => char.ConvertFromUtf32(int.Parse(f, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
        }

        return table.ToFrozenDictionary();
    }
}
