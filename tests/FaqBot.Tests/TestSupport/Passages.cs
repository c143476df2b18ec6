using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Tests.TestSupport;

internal static class Passages
{
    public static Passage Make(string id, string text, string? heading = null, string title = "Doc", string file = "doc.txt") =>
        new(id, title, heading, file, 1, 1, text);
}
