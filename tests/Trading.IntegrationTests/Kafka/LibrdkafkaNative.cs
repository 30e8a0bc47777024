using System.Runtime.InteropServices;

namespace Trading.IntegrationTests.Kafka;

/// <summary>
/// The librdkafka mock-cluster functions, bound in the very library file that Confluent.Kafka loaded. The
/// librdkafka.redist package ships several Linux builds: Confluent.Kafka tries <c>librdkafka.so</c> first
/// and falls back to <c>centos8-librdkafka.so</c> when that fails to load (on Debian the default build
/// needs <c>libsasl2.so.3</c>, which is not installed). Binding the mock functions to the same file keeps
/// one copy of librdkafka's global state in the process.
/// </summary>
internal static class LibrdkafkaNative
{
    private static readonly Lazy<Exports> Functions = new(LoadExports);

    public static string LoadedLibraryPath => Functions.Value.LibraryPath;

    public static IntPtr ConfNew() => Functions.Value.ConfNew();

    public static IntPtr NewProducerHandle(IntPtr conf, System.Text.StringBuilder errors) =>
        Functions.Value.New(0, conf, errors, (UIntPtr)errors.Capacity);

    public static void Destroy(IntPtr handle) => Functions.Value.Destroy(handle);

    public static IntPtr MockClusterNew(IntPtr handle, int brokerCount) => Functions.Value.MockClusterNew(handle, brokerCount);

    public static void MockClusterDestroy(IntPtr cluster) => Functions.Value.MockClusterDestroy(cluster);

    public static string MockClusterBootstraps(IntPtr cluster) =>
        Marshal.PtrToStringUTF8(Functions.Value.MockClusterBootstraps(cluster))
        ?? throw new InvalidOperationException("rd_kafka_mock_cluster_bootstraps returned null.");

    public static int MockTopicCreate(IntPtr cluster, string topic, int partitions, int replicationFactor) =>
        Functions.Value.MockTopicCreate(cluster, topic, partitions, replicationFactor);

    /// <summary>Sets the mock's group.initial.rebalance.delay.ms (3 s by default); false when this build lacks the function.</summary>
    public static bool TrySetInitialRebalanceDelay(IntPtr cluster, int milliseconds)
    {
        if (Functions.Value.MockGroupInitialRebalanceDelay is not { } setDelay)
        {
            return false;
        }

        setDelay(cluster, milliseconds);
        return true;
    }

    private static Exports LoadExports()
    {
        // Library.Version makes Confluent.Kafka load librdkafka its own way (the same as for any client).
        _ = Confluent.Kafka.Library.Version;
        string path = FindMappedLibrdkafka()
            ?? throw new InvalidOperationException(
                "Confluent.Kafka loaded librdkafka, but no librdkafka file appears in /proc/self/maps; the mock cluster harness supports Linux only.");

        // dlopen of an already loaded file returns that same library, so these exports share its state.
        IntPtr library = NativeLibrary.Load(path);
        return new Exports(path, library);
    }

    private static string? FindMappedLibrdkafka()
    {
        const string maps = "/proc/self/maps";
        if (!File.Exists(maps))
        {
            return null;
        }

        return File.ReadLines(maps)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length >= 6)
            .Select(fields => string.Join(' ', fields.Skip(5)))
            .FirstOrDefault(file => Path.GetFileName(file).Contains("librdkafka", StringComparison.Ordinal));
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr ConfNewFunction();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr NewFunction(int type, IntPtr conf, [MarshalAs(UnmanagedType.LPStr)] System.Text.StringBuilder errors, UIntPtr errorsSize);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void HandleFunction(IntPtr handle);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr MockClusterNewFunction(IntPtr handle, int brokerCount);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr MockClusterBootstrapsFunction(IntPtr cluster);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int MockTopicCreateFunction(IntPtr cluster, [MarshalAs(UnmanagedType.LPUTF8Str)] string topic, int partitions, int replicationFactor);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void MockGroupInitialRebalanceDelayFunction(IntPtr cluster, int milliseconds);

    private sealed class Exports(string libraryPath, IntPtr library)
    {
        public string LibraryPath { get; } = libraryPath;

        public ConfNewFunction ConfNew { get; } = Bind<ConfNewFunction>(library, "rd_kafka_conf_new");

        public NewFunction New { get; } = Bind<NewFunction>(library, "rd_kafka_new");

        public HandleFunction Destroy { get; } = Bind<HandleFunction>(library, "rd_kafka_destroy");

        public MockClusterNewFunction MockClusterNew { get; } = Bind<MockClusterNewFunction>(library, "rd_kafka_mock_cluster_new");

        public HandleFunction MockClusterDestroy { get; } = Bind<HandleFunction>(library, "rd_kafka_mock_cluster_destroy");

        public MockClusterBootstrapsFunction MockClusterBootstraps { get; } = Bind<MockClusterBootstrapsFunction>(library, "rd_kafka_mock_cluster_bootstraps");

        public MockTopicCreateFunction MockTopicCreate { get; } = Bind<MockTopicCreateFunction>(library, "rd_kafka_mock_topic_create");

        public MockGroupInitialRebalanceDelayFunction? MockGroupInitialRebalanceDelay { get; } =
            NativeLibrary.TryGetExport(library, "rd_kafka_mock_group_initial_rebalance_delay_ms", out IntPtr address)
                ? Marshal.GetDelegateForFunctionPointer<MockGroupInitialRebalanceDelayFunction>(address)
                : null;

        private static T Bind<T>(IntPtr library, string name)
            where T : Delegate =>
            Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(library, name));
    }
}
