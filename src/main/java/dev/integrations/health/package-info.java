/**
 * Health for load balancers and orchestrators, through MicroProfile Health: {@code /health/live} is
 * UP while the application runs; {@code /health/ready} is DOWN while the database cannot be reached
 * within two seconds, so that traffic goes to instances that can answer it.
 */
package dev.integrations.health;
