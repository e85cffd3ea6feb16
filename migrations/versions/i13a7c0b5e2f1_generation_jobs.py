"""generation jobs: lessons made by background workers (issue 13)

Revision ID: i13a7c0b5e2f1
Revises: i16a1b2c3d4e5
Create Date: 2026-12-03 02:20:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'i13a7c0b5e2f1'
down_revision = 'i16a1b2c3d4e5'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('generation_job',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('article_key', sa.String(length=64), nullable=False),
    sa.Column('batch', sa.String(length=32), nullable=True),
    sa.Column('via', sa.String(length=10), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('lesson_id', sa.Integer(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('created', sa.DateTime(timezone=True), nullable=False),
    sa.Column('started', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['lesson_id'], ['lesson.id'], name=op.f('fk_generation_job_lesson_id_lesson'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_generation_job_owner_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_generation_job')),
    sa.UniqueConstraint('owner_id', 'article_key', name=op.f('uq_generation_job_owner_id_article_key'))
    )
    with op.batch_alter_table('generation_job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_generation_job_batch'), ['batch'], unique=False)
        batch_op.create_index(batch_op.f('ix_generation_job_created'), ['created'], unique=False)
        batch_op.create_index(batch_op.f('ix_generation_job_owner_id'), ['owner_id'], unique=False)


def downgrade():
    with op.batch_alter_table('generation_job', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_generation_job_owner_id'))
        batch_op.drop_index(batch_op.f('ix_generation_job_created'))
        batch_op.drop_index(batch_op.f('ix_generation_job_batch'))
    op.drop_table('generation_job')
