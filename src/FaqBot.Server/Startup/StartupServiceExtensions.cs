namespace FaqBot.Server.Startup;

public static class StartupServiceExtensions
{
    // Registered before every other hosted service, so the sequence's first steps run before any of them starts.
    public static IServiceCollection AddStartupSequence(this IServiceCollection services)
    {
        services.AddSingleton<StartupProgress>();
        services.AddSingleton<StartupOutcome>();
        services.AddSingleton<FaqBot.Server.Answering.ReadinessState>();
        services.AddSingleton<StartupSequence>();
        services.AddHostedService<StartupService>();
        return services;
    }
}
