import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What an H2 file database keeps of acknowledged commits when its process is killed with SIGKILL, and what each
 * commit costs, with and without a URL setting. Run by scripts/h2-durability.sh:
 *   java -cp h2.jar scripts/H2Durability.java crash|time  DIR  URL_SUFFIX  [N]
 * "crash": a child process commits rows one transaction each and prints every acknowledged id; it is killed at a
 * random moment, the database is reopened and every acknowledged id is looked for.
 */
public class H2Durability {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path dir = Path.of(args[1]);
        String suffix = args.length > 2 ? args[2] : "";
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE" + suffix;
        switch (mode) {
            case "child" -> child(url);
            case "crash" -> crash(dir, suffix, n);
            case "time" -> time(url, n);
            default -> throw new IllegalArgumentException(mode);
        }
    }

    /** Commits rows for ever, printing each id once its commit returned. */
    static void child(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY, v VARCHAR(200))");
            PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)");
            for (int i = 0; ; i++) {
                insert.setInt(1, i);
                insert.setString(2, "row " + i);
                insert.executeUpdate();
                System.out.println(i);
                System.out.flush();
            }
        }
    }

    static void crash(Path dir, String suffix, int rounds) throws Exception {
        int lostTotal = 0;
        int ackedTotal = 0;
        for (int round = 0; round < rounds; round++) {
            Path home = Files.createTempDirectory(dir, "round");
            Path out = home.resolve("acked.txt");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder(
                            java, "-cp", System.getProperty("java.class.path"), H2Durability.class.getName(),
                            "child", home.toString(), suffix)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            while (Files.size(out) < 200) {
                Thread.sleep(20);
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(50, 800));
            child.destroyForcibly();
            child.waitFor();
            List<Integer> acked = new ArrayList<>();
            for (String line : Files.readAllLines(out)) {
                if (!line.isBlank()) {
                    acked.add(Integer.parseInt(line.trim()));
                }
            }
            int lost = 0;
            String url = "jdbc:h2:file:" + home.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE" + suffix;
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                // the table itself may be gone when nothing reached the file
                c.createStatement().execute("CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY, v VARCHAR(200))");
            }
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                    PreparedStatement find = c.prepareStatement("SELECT COUNT(*) FROM t WHERE id = ?")) {
                for (int id : acked) {
                    find.setInt(1, id);
                    try (ResultSet r = find.executeQuery()) {
                        r.next();
                        lost += r.getInt(1) == 0 ? 1 : 0;
                    }
                }
            }
            System.out.printf("round %d: %d acknowledged, %d lost%n", round, acked.size(), lost);
            lostTotal += lost;
            ackedTotal += acked.size();
        }
        System.out.printf("suffix '%s': %d rounds, %d acknowledged commits, %d lost%n", suffix, rounds, ackedTotal,
                lostTotal);
    }

    static void time(String url, int n) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY, v VARCHAR(200))");
            PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)");
            for (int warm = 0; warm < 2; warm++) {
                c.createStatement().execute("DELETE FROM t");
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "row " + i);
                    insert.executeUpdate();
                }
                double ms = (System.nanoTime() - start) / 1e6;
                if (warm == 1) {
                    System.out.printf("%s: %d single-row commits in %.0f ms, %.3f ms a commit%n", url, n, ms, ms / n);
                }
            }
        }
    }
}
