package org.townhall.ivr.voice;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * MaryTTS logs through the log4j 1.2 API (bridged to log4j 2, bridged to SLF4J by {@code log4j-to-slf4j}). Left alone it
 * would configure log4j itself, which needs {@code log4j-core} (excluded) and writes {@code ./log/server.log}.
 */
final class MaryLogging {
    static final String MARY_LOGGER = "marytts";

    private MaryLogging() {
    }

    /**
     * Makes MaryTTS believe log4j is configured (a root appender exists), so it never configures it itself: its records go
     * to SLF4J, and no log file is written. Also lowers MaryTTS's chatter (a dozen INFO lines per sentence) to WARN when
     * Logback is the backend and nobody chose a level for {@value #MARY_LOGGER}.
     */
    static void routeToSlf4j() {
        org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.addAppender(new org.apache.log4j.varia.NullAppender());
        }
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if ("ch.qos.logback.classic.LoggerContext".equals(factory.getClass().getName())) {
            LogbackLevels.quietenUnlessConfigured(factory, MARY_LOGGER);
        }
    }

    /** Separate class so that Logback is only loaded when it is the backend. */
    private static final class LogbackLevels {
        static void quietenUnlessConfigured(ILoggerFactory factory, String name) {
            var context = (ch.qos.logback.classic.LoggerContext) factory;
            var logger = context.getLogger(name);
            var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            if (logger.getLevel() == null && root.getEffectiveLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO)) {
                logger.setLevel(ch.qos.logback.classic.Level.WARN);
            }
        }
    }
}
