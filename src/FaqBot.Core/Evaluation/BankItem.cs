using System.Text.Json;

namespace FaqBot.Core.Evaluation;

/// <summary>One line of a question bank: an id, the expected kind, the message and, for answerable ones, evidence substrings.</summary>
/// <param name="Id">The item's id (decides its half).</param>
/// <param name="Kind">answer, abstain, crisis, noncrisis, advice, …</param>
/// <param name="Question">The message as a patient typed it.</param>
/// <param name="Evidence">Exact substrings of a document, any of which answers the question.</param>
public sealed record BankItem(string Id, string Kind, string Question, IReadOnlyList<string> Evidence)
{
    /// <summary>True when the item is in the tune half.</summary>
    public bool IsTune => BankSplit.IsTune(Id);

    /// <summary>Reads a JSON-lines bank; blank lines are skipped.</summary>
    /// <exception cref="FormatException">A line is not {"id","kind","q","evidence"}; the message names file and line.</exception>
    public static List<BankItem> ReadAll(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var items = new List<BankItem>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                items.Add(Parse(line, path, lineNumber));
            }
        }

        return items;
    }

    private static BankItem Parse(string line, string path, int lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var kind = root.GetProperty("kind").GetString() ?? "";
            var question = root.GetProperty("q").GetString() ?? "";
            List<string> evidence = root.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.Array
                ? [.. e.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0)]
                : [];
            return new BankItem(id, kind, question, evidence);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"{path}:{lineNumber}: expected {{\"id\",\"kind\",\"q\",\"evidence\"}}: {ex.Message}", ex);
        }
    }
}
