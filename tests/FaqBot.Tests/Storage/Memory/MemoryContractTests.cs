using FaqBot.Storage;
using FaqBot.Storage.Memory;
using FaqBot.Tests.Storage.Contract;

namespace FaqBot.Tests.Storage.Memory;

// Storage:Provider=Memory passes the contract SQLite and PostgreSQL pass, except that a reopened store is empty.
public sealed class MemoryConversationBackendTests : ConversationBackendContract
{
    protected override bool KeepsDataAcrossReopen => false;

    protected override Task<IFaqBotStorage> OpenFreshAsync() => Task.FromResult<IFaqBotStorage>(new MemoryStorage());

    protected override Task<IFaqBotStorage> OpenAgainAsync() => Task.FromResult<IFaqBotStorage>(new MemoryStorage());
}

public sealed class MemoryEventStoreTests : EventStoreContract
{
    protected override bool KeepsDataAcrossReopen => false;

    protected override Task<IFaqBotStorage> OpenFreshAsync() => Task.FromResult<IFaqBotStorage>(new MemoryStorage());

    protected override Task<IFaqBotStorage> OpenAgainAsync() => Task.FromResult<IFaqBotStorage>(new MemoryStorage());
}
