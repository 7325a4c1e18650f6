package org.councilworkspace.load;

import io.gatling.charts.component.Component;
import io.gatling.charts.component.ComponentLibrary;
import io.gatling.charts.stats.CountsVsTimePlot;
import io.gatling.charts.stats.IntVsTimePlot;
import io.gatling.charts.stats.PercentVsTimePlot;
import io.gatling.charts.stats.PercentilesVsTimePlot;
import io.gatling.charts.stats.PieSlice;
import io.gatling.charts.stats.Series;

/**
 * Gatling's report without charts. Gatling itself is Apache-licensed, but its usual chart bundle ships a charting
 * library whose licence is not open source; with this in its place (found through {@code META-INF/services}) the
 * report keeps every table and figure (requests, p50/p75/p95/p99, errors, assertions; {@code js/stats.js}) and
 * draws no chart.
 */
public final class TablesOnlyCharts implements ComponentLibrary {

    private static final Component NONE = new Component() {
        @Override
        public String html() {
            return "";
        }

        @Override
        public String js() {
            return "";
        }

        @Override
        @SuppressWarnings("unchecked")
        public scala.collection.immutable.Seq<String> jsFiles() {
            return (scala.collection.immutable.Seq<String>) (Object) scala.collection.immutable.Nil$.MODULE$;
        }
    };

    @Override
    public String getAllUsersJs(long runStart, Series<IntVsTimePlot> series) {
        return "";
    }

    @Override
    public Component getActiveSessionsComponent(long runStart,
                                                scala.collection.immutable.Seq<Series<IntVsTimePlot>> series) {
        return NONE;
    }

    @Override
    public Component getRangesComponent(String chartTitle, String eventName, boolean large) {
        return NONE;
    }

    @Override
    public Component getRequestCountPolarComponent() {
        return NONE;
    }

    @Override
    public Component getDistributionComponent(String title, String yAxisName, Series<PercentVsTimePlot> durationsSuccess,
                                              Series<PercentVsTimePlot> durationsFailure) {
        return NONE;
    }

    @Override
    public Component getPercentilesOverTimeComponent(String yAxisName, long runStart,
                                                     Series<PercentilesVsTimePlot> successSeries) {
        return NONE;
    }

    @Override
    public Component getRequestsComponent(long runStart, Series<CountsVsTimePlot> counts, Series<PieSlice> pieSeries) {
        return NONE;
    }

    @Override
    public Component getResponsesComponent(long runStart, Series<CountsVsTimePlot> counts, Series<PieSlice> pieSeries) {
        return NONE;
    }

    @Override
    public Component getResponseTimeScatterComponent(Series<IntVsTimePlot> successes, Series<IntVsTimePlot> failures) {
        return NONE;
    }
}
