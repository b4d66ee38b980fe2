/**
 * Where award-service mounts platform's event feed and webhooks (vn.thidua.platform.feed, .webhook): it keeps
 * the unit tree and reads every topic already. Only the consumer group's channels live here.
 */
package vn.thidua.award.webhook;
