package org.salondesk.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The desk's connection pool on one database: its size, its timeouts, and how it notices a lost server. */
final class DeskPool {

    static {
        // Before the pool loads H2: its AUTO_SERVER for a second desk listens on this PC only.
        SecondDeskServer.acceptThisPcOnly();
    }

    private DeskPool() {
    }

    /** Opens the pool (it connects once at once, so an unreachable database fails here). */
    static HikariDataSource open(JdbcUrl url) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("salondesk");
        config.setJdbcUrl(url.value());
        url.user().ifPresent(config::setUsername);
        url.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(url.isEmbedded() ? 8 : 10);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(url.isEmbedded() ? 30_000 : Database.SERVER_CONNECTION_TIMEOUT_MILLIS);
        config.setAutoCommit(true);
        if (!url.isEmbedded()) {
            // A desk says "no connection" within seconds rather than waiting half a minute, drops pooled connections
            // that died with the server (validated before use, pinged while idle), and does not hang for ever on a
            // host that vanished without closing its connections: a query with no answer in 2 minutes fails (lock
            // waits end after 10 s, see below; the longest migration step takes seconds).
            config.setValidationTimeout(3_000);
            config.setKeepaliveTime(120_000);
            if (url.engine().equals("postgresql") && !url.value().contains("socketTimeout")) {
                config.addDataSourceProperty("socketTimeout", "120");
            }
        }
        if (url.isH2()) {
            SecondDeskServer.taken();
            config.setExceptionOverride(new H2BrokenConnections());
        }
        if (!url.isH2() && !url.value().contains("lock_timeout")) {
            // As H2's LOCK_TIMEOUT: a desk waits this long for a master another desk is booking, then says so.
            config.setConnectionInitSql("set lock_timeout = '10s'");
        }
        return new HikariDataSource(config);
    }
}
