using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Tests.Core.KnowledgeBase;

public sealed class PassageIdTests
{
    [Fact]
    public void Load_AddingAFile_DoesNotChangeOtherIds()
    {
        using var kb = new TempKnowledgeBase().CopySeeds();
        var before = new KnowledgeBaseLoader().Load(kb.Root).AllPassages.Select(p => p.Id).ToList();
        kb.Write("aaa-new-first.txt", "A new page\nThis brand new page sorts before every other file in the folder.\n");

        var after = new KnowledgeBaseLoader().Load(kb.Root).AllPassages.Select(p => p.Id).ToList();

        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal(before, after.Skip(1));
    }

    [Fact]
    public void Load_SamePassageTwice_GivesTheSameId()
    {
        var first = new KnowledgeBaseLoader().Load(KnowledgeBasePaths.Seeds).AllPassages.First();

        var second = new KnowledgeBaseLoader().Load(KnowledgeBasePaths.Seeds).AllPassages.First();

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("1521070b28fa", first.Id);
    }
}
