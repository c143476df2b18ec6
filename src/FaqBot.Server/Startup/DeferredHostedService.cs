namespace FaqBot.Server.Startup;

// Builds and starts a hosted service only once the start-up sequence reached a milestone. The host builds every
// hosted service before starting any, so a service that takes the database (or the index) in its constructor would
// otherwise reach for it before the sequence opened it.
public sealed partial class DeferredHostedService<TService>(IServiceProvider services, StartupProgress progress, StartupMilestone milestone)
    : IHostedService, IDisposable where TService : class, IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _starting = Task.CompletedTask;
    private TService? _service;

    // Never blocks the host's start: the service starts in the background as soon as its milestone is reached.
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _starting = StartWhenReachedAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _starting.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopped before its milestone: it never started
        }

        if (_service is not null)
        {
            await _service.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task StartWhenReachedAsync(CancellationToken stopping)
    {
        await progress.WhenReached(milestone).WaitAsync(stopping).ConfigureAwait(false);
        _service = services.GetRequiredService<TService>();
        await _service.StartAsync(stopping).ConfigureAwait(false);
        if (_service is BackgroundService { ExecuteTask: { } running })
        {
            // The host watches only the background services it started itself; this one is watched here.
            var logger = services.GetRequiredService<ILogger<DeferredHostedService<TService>>>();
            _ = running.ContinueWith(task => LogFaulted(logger, typeof(TService).Name, task.Exception!.GetBaseException()),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background service {Service} failed")]
    private static partial void LogFaulted(ILogger logger, string service, Exception exception);
}

public static class DeferredHostedServiceExtensions
{
    // AddHostedService, started once the start-up sequence reached the milestone.
    public static IServiceCollection AddHostedServiceAfter<TService>(this IServiceCollection services, StartupMilestone milestone)
        where TService : class, IHostedService
    {
        services.AddSingleton<TService>();
        services.AddHostedService(sp => new DeferredHostedService<TService>(sp, sp.GetRequiredService<StartupProgress>(), milestone));
        return services;
    }
}
