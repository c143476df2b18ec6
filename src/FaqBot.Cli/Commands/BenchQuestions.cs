using System.Text.Json;

namespace FaqBot.Cli.Commands;

/// <summary>Reads the questions <c>faqbot bench</c> times: JSON lines with "q", or one question per line.</summary>
internal static class BenchQuestions
{
    public static List<string> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"questions file not found: {path}", 2);
        }

        var questions = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.StartsWith('{'))
            {
                try
                {
                    using var doc = JsonDocument.Parse(trimmed);
                    if (doc.RootElement.TryGetProperty("q", out var q) && q.ValueKind == JsonValueKind.String)
                    {
                        questions.Add(q.GetString()!);
                    }

                    continue;
                }
                catch (JsonException)
                {
                    // not JSON after all: take the line as a question
                }
            }

            questions.Add(trimmed);
        }

        return questions.Count > 0 ? questions : throw new CliException($"no questions in {path}", 2);
    }
}
