-- The operation of the parent's routing that consumes the component, so the shop floor knows where it is scanned;
-- null: the first operation. The key is checked at commit (deferred) because a routing is replaced by deleting and
-- inserting its operations again in one transaction: an operation that is gone for good while a line names it
-- fails the commit, whatever slipped past the service's own check.
alter table bom_line add column operation_sequence integer check (operation_sequence > 0);
alter table bom_line add constraint bom_line_operation foreign key (parent_code, operation_sequence)
    references routing_operation (item_code, sequence) deferrable initially deferred;
