namespace FaqBot.TeamsLoadTest;

// The bot registration and tenant the benchmark plays: shared by the orchestrator (tokens, server settings) and
// the generator (activity bodies), which are the same assembly in different processes.
internal static class BenchIdentity
{
    public const string AppId = "0b7e5c7a-4d2f-4b1e-9a53-6f8d2c1e0b7e";
    public const string AppPassword = "bench-secret";
    public const string AppTenantId = "bench-bot-tenant";
    public const string UserTenantId = "0c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "bench-key";
    public const string AccessToken = "bench-connector-token";
    public const string TokenEnvironmentVariable = "FAQBOT_TEAMS_BENCH_TOKEN";
}
